package org.jiamusi.vet.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.schema.StandalonePersistence;
import org.hibernate.search.mapper.orm.Search;

import java.util.Arrays;
import java.util.List;

/** Outside the server: takes the whole publication log into the index, as the server's timer does, and refreshes it. */
final class IndexCatchUp {

    private IndexCatchUp() {
    }

    /** Indexes every logged change; throws when the engine does not accept a batch, leaving it logged. */
    static int drain(EntityManagerFactory emf) {
        int total = 0;
        for (int taken = batch(emf); taken > 0; taken = batch(emf)) {
            total += taken;
        }
        List<Class<?>> types = Arrays.stream(SearchType.values()).<Class<?>>map(SearchType::entity).toList();
        Search.mapping(emf).scope(types).workspace().refresh();
        return total;
    }

    static long backlog(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            return PublicationIndexing.backlog(em);
        } finally {
            em.close();
        }
    }

    private static int batch(EntityManagerFactory emf) {
        return StandalonePersistence.inTransaction(emf, PublicationIndexing::indexNextBatch);
    }
}
