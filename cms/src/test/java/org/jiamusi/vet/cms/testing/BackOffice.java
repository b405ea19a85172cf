package org.jiamusi.vet.cms.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.account.AccountService;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.dashboard.Dashboard;
import org.jiamusi.vet.cms.institution.InstitutionProjection;
import org.jiamusi.vet.cms.media.MediaItemProjection;
import org.jiamusi.vet.cms.media.MediaLibrary;
import org.jiamusi.vet.cms.media.MediaStorage;
import org.jiamusi.vet.cms.news.NewsArticleProjection;
import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.cms.translation.XliffExchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The back office's services on one test database, outside a container: each call of
 * {@link #inTransaction} builds them on a fresh entity manager and commits, or rolls back if the
 * work throws, as the container's transactions would.
 */
public final class BackOffice {

    /** The services of one transaction. */
    public record Services(EntityManager em, ContentService content, Dashboard dashboard, XliffExchange xliff,
                           MediaLibrary media, AuditLog audit, AccountService accounts) {
    }

    private final EntityManagerFactory emf;
    private final TestClock clock;
    private final MediaStorage storage;

    public BackOffice(EntityManagerFactory emf, TestClock clock, Path mediaFolder) {
        this.emf = emf;
        this.clock = clock;
        this.storage = new MediaStorage(mediaFolder);
    }

    public MediaStorage storage() {
        return storage;
    }

    public <T> T inTransaction(Function<Services, T> work) {
        return Transactions.inTransaction(emf, em -> {
            AuditLog audit = new AuditLog(em, clock);
            ContentService content = new ContentService(em, audit, clock, List.of(new ProgrammeProjection(),
                    new MediaItemProjection(), new NewsArticleProjection(), new InstitutionProjection()));
            return work.apply(new Services(em, content, new Dashboard(em), new XliffExchange(content),
                    new MediaLibrary(em, content, storage, audit, clock), audit, new AccountService(em, audit, clock)));
        });
    }
}
