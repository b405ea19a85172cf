package org.jiamusi.vet.seeds.cli;

import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentProjections;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.schema.StandalonePersistence;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.seeds.SeedLoader;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@code import}: adds the seed items missing from the database; {@code reimport}: also brings every
 * seed item whose content differs from its file back to the file, as a new published revision;
 * {@code generate N}: adds N synthetic items (programmes, courses with sessions, events, news) in
 * three languages, showing progress and speed. Works on the site's database while the site is
 * stopped; the site rebuilds its search index on its next start.
 *
 * <p>The database is the site's: {@code VET_DB_URL}, {@code VET_DB_USER}, {@code VET_DB_PASSWORD}
 * or the {@code vet.db.*} system properties.
 */
public final class SeedCommand {

    private static final int BATCH = 50;
    private static final PrintStream OUT = System.out;

    private SeedCommand() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !List.of("import", "reimport", "generate").contains(args[0])
                || (args[0].equals("generate") && (args.length < 2 || !args[1].matches("\\d{1,7}")))) {
            OUT.println("usage: import | reimport | generate <number of items, at most 9999999>");
            System.exit(2);
        }
        StandalonePersistence.Database database = StandalonePersistence.Database.configured(System.getProperty("vet.db.url.default"));
        database.migrate();
        // No search mapping here: the site brings its index up to date with the database on its next start.
        EntityManagerFactory emf = StandalonePersistence.open(database, Map.of("hibernate.search.enabled", "false"));
        try {
            switch (args[0]) {
                case "import" -> OUT.println("Seed items added: " + inTransaction(emf, c -> new SeedLoader(c).load()));
                case "reimport" -> OUT.println("Seed items added or brought back to their files: "
                        + inTransaction(emf, c -> new SeedLoader(c).reimport()));
                default -> generate(emf, Integer.parseInt(args[1]));
            }
        } finally {
            emf.close();
        }
    }

    /** Adds {@code total} synthetic items in batches of one transaction each, printing progress and speed. */
    static void generate(EntityManagerFactory emf, int total) {
        long started = System.nanoTime();
        Actor system = Actor.system();
        SyntheticContent synthetic = new SyntheticContent(20261129L, LocalDate.now(Formats.CITY_ZONE));
        // Each run has references of its own, so a second run adds to the first.
        String run = Long.toString(System.currentTimeMillis() / 1000, 36);
        long institution = inTransaction(emf, c -> publish(c, system, ContentType.INSTITUTION,
                SyntheticContent.ref(ContentType.INSTITUTION, run, 0), null, synthetic.institution(0)));
        long centre = inTransaction(emf, c -> publish(c, system, ContentType.EXPERIENCE_CENTRE,
                SyntheticContent.ref(ContentType.EXPERIENCE_CENTRE, run, 1), null, synthetic.centre(1, institution)));
        AtomicLong lastCourse = new AtomicLong();
        int done = 2;
        int lastReported = 0;
        while (done < total) {
            int from = done;
            int count = Math.min(BATCH, total - done);
            done += inTransaction(emf, c -> {
                int made = 0;
                for (int n = from; n < from + count; n++) {
                    switch (n % 20) {
                        case 0, 1, 2 -> publish(c, system, ContentType.PROGRAMME, SyntheticContent.ref(ContentType.PROGRAMME, run, n),
                                institution, synthetic.programme(n, institution));
                        case 3, 4, 5, 6, 7 -> lastCourse.set(publish(c, system, ContentType.EXPERIENCE_COURSE,
                                SyntheticContent.ref(ContentType.EXPERIENCE_COURSE, run, n), institution, synthetic.course(n, centre)));
                        case 8, 9, 10, 11, 12, 13, 14 -> publish(c, system, ContentType.SESSION, SyntheticContent.ref(ContentType.SESSION, run, n),
                                institution, synthetic.session(n, lastCourse.get()));
                        case 15, 16, 17 -> publish(c, system, ContentType.EVENT, SyntheticContent.ref(ContentType.EVENT, run, n),
                                null, synthetic.event(n));
                        default -> publish(c, system, ContentType.NEWS_ARTICLE, SyntheticContent.ref(ContentType.NEWS_ARTICLE, run, n),
                                null, synthetic.news(n));
                    }
                    made++;
                }
                return made;
            });
            if (done - lastReported >= Math.max(BATCH, total / 50) || done == total) {
                lastReported = done;
                double seconds = (System.nanoTime() - started) / 1e9;
                OUT.printf("%,d / %,d items (%d%%), %,.0f items/s%n", done, total, done * 100L / total, done / seconds);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        OUT.printf("Generated %,d items in %.1f s: %,.0f items/s%n", total, seconds, total / seconds);
    }

    private static long publish(ContentService content, Actor actor, ContentType type, String ref, Long owner,
                                org.jiamusi.vet.cms.content.ContentDraft draft) {
        ContentItem item = content.create(actor, type, ref, owner, true, draft, "synthetic content");
        content.publish(actor, item.getId());
        return item.getId();
    }

    private static <T> T inTransaction(EntityManagerFactory emf, Function<ContentService, T> work) {
        Clock clock = Clock.systemUTC();
        return StandalonePersistence.inTransaction(emf,
                em -> work.apply(new ContentService(em, new AuditLog(em, clock), clock, ContentProjections.all())));
    }
}
