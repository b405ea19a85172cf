package org.jiamusi.vet.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Groups of words that mean the same to a reader (中职 = 中等职业学校, СПО = среднее
 * профессиональное образование). They are applied to the query, not the index, so an administrator
 * changes the file ({@code VET_SEARCH_SYNONYMS} or {@code -Dvet.search.synonyms}) and the next
 * searches use it: no rebuild and no reindexing. Without such a file the groups shipped with the
 * application apply.
 */
public final class Synonyms {

    private static final Logger LOG = Logger.getLogger(Synonyms.class.getName());
    private static final Duration RECHECK = Duration.ofSeconds(10);

    private final Duration recheck;
    private static final int MAX_ALTERNATIVES = 8;

    private final Path file;
    private volatile List<List<String>> groups;
    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile long loadedModified = -1;

    private Synonyms(Path file, List<List<String>> groups) {
        this(file, groups, RECHECK);
    }

    private Synonyms(Path file, List<List<String>> groups, Duration recheck) {
        this.file = file;
        this.groups = groups;
        this.recheck = recheck;
    }

    /** The administrator's file if one is configured, else the groups shipped with the application. */
    public static Synonyms configured() {
        String location = System.getProperty("vet.search.synonyms", System.getenv("VET_SEARCH_SYNONYMS"));
        if (location != null && !location.isBlank()) {
            Synonyms synonyms = new Synonyms(Path.of(location), List.of());
            synonyms.reloadIfChanged();
            return synonyms;
        }
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream("synonyms.txt")) {
            return new Synonyms(null, in == null ? List.of() : parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synonyms read from a file that is looked at again for changes at most every {@code recheck}. */
    public static Synonyms fromFile(Path file, Duration recheck) {
        Synonyms synonyms = new Synonyms(file, List.of(), recheck);
        synonyms.reloadIfChanged();
        return synonyms;
    }

    /**
     * The query and the same query with each synonym of a group member it contains put in its place,
     * original first; at most a handful.
     */
    public List<String> alternatives(String query) {
        reloadIfChanged();
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(query);
        String lower = query.toLowerCase(Locale.ROOT);
        for (List<String> group : groups) {
            for (String term : group) {
                int at = indexOfTerm(lower, term);
                if (at >= 0) {
                    for (String other : group) {
                        if (!other.equals(term) && alternatives.size() < MAX_ALTERNATIVES) {
                            alternatives.add(query.substring(0, at) + other + query.substring(at + term.length()));
                        }
                    }
                    break;
                }
            }
        }
        return List.copyOf(alternatives);
    }

    /** Where a term stands in the query as a whole word (any place for Chinese, which has no spaces). */
    private static int indexOfTerm(String lowerQuery, String term) {
        int at = lowerQuery.indexOf(term);
        while (at >= 0) {
            boolean startOk = at == 0 || !isWordChar(lowerQuery.charAt(at - 1)) || isHan(term.charAt(0));
            int end = at + term.length();
            boolean endOk = end == lowerQuery.length() || !isWordChar(lowerQuery.charAt(end)) || isHan(term.charAt(term.length() - 1));
            if (startOk && endOk) {
                return at;
            }
            at = lowerQuery.indexOf(term, at + 1);
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private void reloadIfChanged() {
        if (file == null || Instant.now().isBefore(checkedAt.plus(recheck))) {
            return;
        }
        checkedAt = Instant.now();
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            if (modified != loadedModified) {
                groups = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
                loadedModified = modified;
                LOG.info(() -> "Search synonyms loaded from " + file + ": " + groups.size() + " groups");
            }
        } catch (IOException e) {
            LOG.warning(() -> "Search synonyms file " + file + " cannot be read (" + e.getMessage() + "); keeping the previous groups");
        }
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,，]\\s*");

    static List<List<String>> parse(List<String> lines) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String term : SEPARATOR.split(content)) {
                if (!term.isBlank()) {
                    group.add(term.strip().toLowerCase(Locale.ROOT));
                }
            }
            if (group.size() > 1) {
                groups.add(List.copyOf(group));
            }
        }
        return List.copyOf(groups);
    }
}
