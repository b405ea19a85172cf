package org.jiamusi.vet.cms.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.schema.StandalonePersistence;

import java.util.function.Function;

/** Work in a transaction of its own, outside a container: committed if it returns, rolled back if it throws. */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        return StandalonePersistence.inTransaction(emf, work);
    }
}
