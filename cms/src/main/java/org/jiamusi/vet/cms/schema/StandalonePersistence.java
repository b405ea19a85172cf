package org.jiamusi.vet.cms.schema;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import org.jiamusi.vet.cms.content.ContentItem;

import javax.sql.DataSource;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * A persistence unit outside the server, for the command-line tools: every entity of the cms jar,
 * found by scanning it, on a plain data source, with whatever JPA provider is on the class path.
 */
public final class StandalonePersistence implements PersistenceUnitInfo {

    private final URL cmsJar;

    /**
     * The site's database as its settings name it ({@code VET_DB_URL}, {@code VET_DB_USER},
     * {@code VET_DB_PASSWORD} or {@code vet.db.*}), else the given default.
     */
    public record Database(String url, String user, String password) {

        public static Database configured(String defaultUrl) {
            String url = setting("vet.db.url", "VET_DB_URL", defaultUrl);
            if (url == null) {
                throw new IllegalStateException("Set VET_DB_URL (or -Dvet.db.url) to the site's database");
            }
            return new Database(url, setting("vet.db.user", "VET_DB_USER", "sa"), setting("vet.db.password", "VET_DB_PASSWORD", "sa"));
        }

        /** Brings the database to the current schema. */
        public void migrate() {
            SchemaMigrations.migrate(url, user, password);
        }
    }

    private StandalonePersistence() {
        this.cmsJar = ContentItem.class.getProtectionDomain().getCodeSource().getLocation();
    }

    /** Work in a transaction of its own: committed if it returns, rolled back if it throws. */
    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Opens the unit with Hibernate's settings for batch work plus the caller's (such as the search backend's). */
    public static EntityManagerFactory open(Database database, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "jakarta.persistence.jdbc.url", database.url(),
                "jakarta.persistence.jdbc.user", database.user(),
                "jakarta.persistence.jdbc.password", database.password(),
                "hibernate.archive.autodetection", "class",
                "hibernate.hbm2ddl.auto", "none",
                "hibernate.jdbc.batch_size", "100",
                "hibernate.order_inserts", "true",
                "hibernate.order_updates", "true"));
        properties.putAll(extraProperties);
        return PersistenceProviderResolverHolder.getPersistenceProviderResolver().getPersistenceProviders().get(0)
                .createContainerEntityManagerFactory(new StandalonePersistence(), properties);
    }

    /** A system property, else an environment variable, else the fallback. */
    public static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(variable);
        }
        return value == null ? fallback : value;
    }

    @Override
    public String getPersistenceUnitName() {
        return "vet-cli";
    }

    @Override
    public String getPersistenceProviderClassName() {
        return "org.hibernate.jpa.HibernatePersistenceProvider";
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return null;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return cmsJar;
    }

    @Override
    public List<String> getManagedClassNames() {
        return List.of();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return false;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return StandalonePersistence.class.getClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no bytecode enhancement on the command line
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return null;
    }
}
