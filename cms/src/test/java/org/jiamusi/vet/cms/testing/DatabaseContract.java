package org.jiamusi.vet.cms.testing;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/**
 * A contract that holds on every database the site runs on: one database per test class, with
 * the real migrations, made before the class's first test and dropped after its last. A contract
 * says what must hold; each of its subclasses only names the database kind to run it on. A
 * contract's own {@code @BeforeAll} runs after the database is there, its {@code @AfterAll}
 * before it is dropped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseContract {

    private TestDatabase database;
    private EntityManagerFactory emf;

    /** The database this run of the contract uses. */
    protected abstract TestDatabase.Kind kind();

    /** Persistence properties beyond the defaults; none unless the contract needs the server's own. */
    protected Map<String, Object> persistenceProperties() {
        return Map.of();
    }

    @BeforeAll
    void openDatabase() {
        database = TestDatabase.migrated(kind());
        emf = database.entityManagerFactory(persistenceProperties());
    }

    @AfterAll
    void closeDatabase() throws Exception {
        emf.close();
        database.close();
    }

    protected EntityManagerFactory emf() {
        return emf;
    }
}
