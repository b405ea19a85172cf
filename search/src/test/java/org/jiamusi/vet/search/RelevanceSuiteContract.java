package org.jiamusi.vet.search;

import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentProjections;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.seeds.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance suite: what parents and pupils type (Chinese, Russian, English, pinyin, initials,
 * typos, synonyms, across languages), each query with the item it must find in the first three
 * results, run on the plan's seed content. Prints hits@1 and hits@3 per kind; fails below 95 %
 * hits@3.
 */
abstract class RelevanceSuiteContract extends SearchContract {

    static final double REQUIRED_HITS_AT_3 = 0.95;

    abstract String backendName();

    @BeforeAll
    void loadAndIndexTheSeedContent() {
        inTransaction(em -> new SeedLoader(new ContentService(em, new AuditLog(em, Clock.systemUTC()), Clock.systemUTC(),
                ContentProjections.all())).load());
        IndexCatchUp.drain(emf());
    }

    @Test
    void atLeastNinetyFivePercentOfTheQueriesFindTheirItemInTheFirstThreeResults() throws IOException {
        List<Query> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int at1 = 0;
        int at3 = 0;
        for (Query query : queries) {
            long expected = expectedId(query.expected());
            List<Long> ids = inTransaction(em -> new SiteSearch(em, Synonyms.configured())
                    .search(SearchQuery.of(query.text(), query.reader())).hits().stream().map(SearchHit::id).limit(3).toList());
            int[] counts = byKind.computeIfAbsent(query.kind(), k -> new int[3]);
            counts[0]++;
            if (!ids.isEmpty() && ids.get(0) == expected) {
                at1++;
                counts[1]++;
            }
            if (ids.contains(expected)) {
                at3++;
                counts[2]++;
            } else {
                misses.add(query.kind() + " " + query.reader().code() + " \"" + query.text() + "\" → " + query.expected());
            }
        }
        StringBuilder report = new StringBuilder("Relevance suite on " + backendName() + ": " + queries.size() + " queries, hits@1 = "
                + percent(at1, queries.size()) + ", hits@3 = " + percent(at3, queries.size()) + "\n");
        byKind.forEach((kind, c) -> report.append(String.format("  %-9s %3d queries  hits@1 %6s  hits@3 %6s%n", kind, c[0],
                percent(c[1], c[0]), percent(c[2], c[0]))));
        misses.forEach(miss -> report.append("  missed: ").append(miss).append('\n'));
        System.out.print(report);

        assertThat((double) at3 / queries.size()).as(report.toString()).isGreaterThanOrEqualTo(REQUIRED_HITS_AT_3);
    }

    private long expectedId(String expected) {
        String[] parts = expected.split(":", 2);
        ContentType type = ContentType.ofCode(parts[0]).orElseThrow(() -> new IllegalArgumentException("Unknown type in " + expected));
        return inTransaction(em -> new ContentService(em, new AuditLog(em, Clock.systemUTC()), Clock.systemUTC(), ContentProjections.all())
                .findByRef(type, parts[1]).orElseThrow(() -> new IllegalArgumentException("No seed item " + expected)).getId());
    }

    private static String percent(int part, int whole) {
        return String.format("%.1f %%", 100.0 * part / whole);
    }

    record Query(String kind, Language reader, String text, String expected) {
    }

    private static List<Query> queries() throws IOException {
        List<Query> queries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                RelevanceSuiteContract.class.getResourceAsStream("/relevance/queries.tsv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                queries.add(new Query(columns[0], Language.ofCode(columns[1]).orElseThrow(), columns[2], columns[3]));
            }
        }
        return queries;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf(), work);
    }
}
