package org.jiamusi.vet.seeds.cli;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.jiamusi.vet.cms.content.ContentItem;

import javax.sql.DataSource;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A persistence unit for the command line: every entity of the cms jar, found by scanning it, on a
 * plain data source. No search mapping: the site rebuilds its index on the next start when the
 * index holds fewer items than the database.
 */
final class CliPersistence implements PersistenceUnitInfo {

    private final DataSource dataSource;
    private final URL cmsJar;

    private CliPersistence(DataSource dataSource) {
        this.dataSource = dataSource;
        this.cmsJar = ContentItem.class.getProtectionDomain().getCodeSource().getLocation();
    }

    static EntityManagerFactory open(DataSource dataSource) {
        return new HibernatePersistenceProvider().createContainerEntityManagerFactory(new CliPersistence(dataSource), Map.of(
                "hibernate.archive.autodetection", "class",
                "hibernate.hbm2ddl.auto", "none",
                "hibernate.jdbc.batch_size", "100",
                "hibernate.order_inserts", "true",
                "hibernate.order_updates", "true",
                "hibernate.search.enabled", "false"));
    }

    @Override
    public String getPersistenceUnitName() {
        return "vet-cli";
    }

    @Override
    public String getPersistenceProviderClassName() {
        return HibernatePersistenceProvider.class.getName();
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
        return dataSource;
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
        return CliPersistence.class.getClassLoader();
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
