package org.jiamusi.vet.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.i18n.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The site search. A query matches every language of every public item: words through each
 * language's analysis (Chinese segmentation, Russian and English stemming), pinyin and pinyin
 * initials typed for Chinese titles, synonyms from the administrator's list, and Latin or Cyrillic
 * words with one typo from five letters or two from nine. Exact matches rank above pinyin, pinyin
 * above typos, and titles above text. Hits are shown in the reader's language with the matched
 * words marked. When the engine cannot be reached, titles are searched in the database instead.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteSearch {

    public static final List<String> PROGRAMME_FACETS = List.of(SearchFields.LEVEL, SearchFields.PATHWAY,
            SearchFields.INSTITUTION, SearchFields.DISTRICT, SearchFields.CLUSTER);

    private static final Logger LOG = Logger.getLogger(SiteSearch.class.getName());
    private static final Pattern PINYIN_TYPED = Pattern.compile("[A-Za-z' ]+");
    private static final Pattern TYPO_WORD = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}]+");

    private static final float TITLE = 5f;
    private static final float BODY = 1f;
    private static final float PINYIN_WORDS = 3f;
    private static final float PINYIN_INITIALS = 2.5f;
    private static final float FUZZY_TITLE = 1.2f;
    private static final float SYNONYM = 0.8f;
    private static final float FEATURED = 0.5f;

    @PersistenceContext
    private EntityManager em;

    private final Synonyms synonyms;

    public SiteSearch() {
        this.synonyms = Synonyms.configured();
    }

    /** For callers outside a container, which bring their own entity manager and synonyms. */
    public SiteSearch(EntityManager em, Synonyms synonyms) {
        this.em = em;
        this.synonyms = synonyms;
    }

    public SearchPage search(SearchQuery query) {
        try {
            return searchIndex(query);
        } catch (SearchException e) {
            if (!engineUnreachable(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "Search engine unreachable; answering from the database", e);
            return DatabaseFallback.search(em, query);
        }
    }

    public List<Suggestion> suggest(String text, Language reader, int max) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        try {
            SearchSession session = Search.session(em);
            List<PublicItem> items = session.search(scope(session, null))
                    .where(f -> f.bool(b -> {
                        for (Language language : Language.values()) {
                            b.should(f.simpleQueryString().field(SearchFields.suggest(language))
                                    .matching(plainWords(typed)).defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND)
                                    .boost(language == reader ? 2f : 1f));
                        }
                        addPinyin(f, b, typed);
                    }))
                    .fetchHits(max);
            return items.stream().map(item -> suggestion(item, reader)).toList();
        } catch (SearchException e) {
            if (!engineUnreachable(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "Search engine unreachable; suggesting from the database", e);
            return DatabaseFallback.search(em, new SearchQuery(typed, reader, null, Map.of(), 1, SearchQuery.Order.RELEVANCE))
                    .hits().stream().limit(max)
                    .map(hit -> new Suggestion(hit.type(), hit.title(), hit.slug(), hit.language())).toList();
        }
    }

    private SearchPage searchIndex(SearchQuery query) {
        SearchSession session = Search.session(em);
        Language reader = query.reader();
        SearchScope<PublicItem> scope = scope(session, query.type());
        var where = session.search(scope).where(filtered(scope.predicate(), query, null));
        var sorted = query.order() == SearchQuery.Order.LEVEL && query.type() == SearchType.PROGRAMME
                ? where.sort(f -> f.composite().add(f.field(SearchFields.LEVEL_ORDER)).add(f.field(SearchFields.sort(reader))))
                : query.order() != SearchQuery.Order.RELEVANCE || query.text().isEmpty()
                ? where.sort(f -> f.field(SearchFields.sort(reader)))
                : where.sort(f -> f.score());
        SearchResult<PublicItem> result = sorted.fetch((query.page() - 1) * SearchQuery.PAGE_SIZE, SearchQuery.PAGE_SIZE);
        List<SearchHit> hits = new ArrayList<>();
        for (PublicItem item : result.hits()) {
            hits.add(hit(item, reader, query.text()));
        }
        return new SearchPage(result.total().hitCount(), hits, facets(session, query), false);
    }

    /** The counts of each programme facet under the query and every other facet's filter. */
    private Map<String, Map<String, Long>> facets(SearchSession session, SearchQuery query) {
        if (query.type() != SearchType.PROGRAMME) {
            return Map.of();
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : PROGRAMME_FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            if (facet.equals(SearchFields.INSTITUTION)) {
                AggregationKey<Map<Long, Long>> key = AggregationKey.of(facet);
                SearchScope<PublicItem> programmes = scope(session, SearchType.PROGRAMME);
                session.search(programmes).where(filtered(programmes.predicate(), query, facet))
                        .aggregation(key, f -> f.terms().field(facet, Long.class).maxTermCount(100))
                        .fetch(0).aggregation(key).forEach((value, count) -> counts.put(Long.toString(value), count));
            } else {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
                SearchScope<PublicItem> programmes = scope(session, SearchType.PROGRAMME);
                session.search(programmes).where(filtered(programmes.predicate(), query, facet))
                        .aggregation(key, f -> f.terms().field(facet, String.class, ValueModel.INDEX).maxTermCount(100))
                        .fetch(0).aggregation(key).forEach(counts::put);
            }
            facets.put(facet, counts);
        }
        return facets;
    }

    /** The words, the type, and every facet filter but {@code except}. */
    private SearchPredicate filtered(SearchPredicateFactory f, SearchQuery query, String except) {
        return f.bool(b -> {
            b.must(query.text().isEmpty() ? f.matchAll().toPredicate() : words(f, query.text()));
            // Featured items come first among equals, never ahead of a clearly better match.
            b.should(f.match().field(SearchFields.FEATURED).matching(true).constantScore().boost(FEATURED));
            if (query.type() != null) {
                b.filter(f.match().field(SearchFields.TYPE).matching(query.type().indexName()));
            }
            if (query.type() == SearchType.PROGRAMME) {
                query.filters().forEach((facet, value) -> {
                    if (!facet.equals(except) && PROGRAMME_FACETS.contains(facet)) {
                        b.filter(facet.equals(SearchFields.INSTITUTION)
                                ? f.match().field(facet).matching(Long.valueOf(value))
                                : f.match().field(facet).matching(value, ValueModel.INDEX));
                    }
                });
            }
        }).toPredicate();
    }

    private SearchPredicate words(SearchPredicateFactory f, String text) {
        return f.bool(b -> {
            List<String> alternatives = synonyms.alternatives(text);
            for (int i = 0; i < alternatives.size(); i++) {
                String alternative = alternatives.get(i);
                float weight = i == 0 ? 1f : SYNONYM;
                for (Language language : Language.values()) {
                    b.should(f.match().field(SearchFields.title(language)).matching(alternative).boost(TITLE * weight));
                    b.should(f.match().field(SearchFields.body(language)).matching(alternative).boost(BODY * weight));
                }
                addPinyin(f, b, alternative);
            }
            for (String word : text.split("\\s+")) {
                if (TYPO_WORD.matcher(word).matches() && word.codePointCount(0, word.length()) >= 5) {
                    int edits = word.codePointCount(0, word.length()) >= 9 ? 2 : 1;
                    for (Language language : List.of(Language.RU, Language.EN)) {
                        b.should(f.match().field(SearchFields.words(language)).matching(word).fuzzy(edits, 1).boost(FUZZY_TITLE));
                    }
                }
            }
        }).toPredicate();
    }

    /** Pinyin typed with or without spaces, or initials, matched against the Chinese titles. */
    private static void addPinyin(SearchPredicateFactory f, BooleanPredicateClausesStep<?> b, String text) {
        if (!PINYIN_TYPED.matcher(text).matches()) {
            return;
        }
        String compact = text.replaceAll("[' ]", "").toLowerCase(Locale.ROOT);
        if (compact.length() >= 2) {
            b.should(f.match().field(SearchFields.PINYIN_WORDS).matching(compact).boost(PINYIN_WORDS));
        }
        if (compact.length() >= 2 && compact.length() <= 12) {
            b.should(f.match().field(SearchFields.PINYIN_INITIALS).matching(compact).boost(PINYIN_INITIALS));
        }
    }

    @SuppressWarnings("unchecked")
    private static SearchScope<PublicItem> scope(SearchSession session, SearchType type) {
        List<Class<? extends PublicItem>> classes = new ArrayList<>();
        for (SearchType candidate : SearchType.values()) {
            if (type == null || candidate == type) {
                classes.add(candidate.entity());
            }
        }
        return (SearchScope<PublicItem>) (SearchScope<?>) session.scope(classes);
    }

    private static SearchHit hit(PublicItem item, Language reader, String query) {
        Language language = shownLanguage(item, reader);
        PublicText text = item.publicTexts().get(language);
        String passage = PublicText.plain(text.summary(), text.body());
        return new SearchHit(SearchType.of(item.contentType()).orElseThrow(), item.getId(), text.title(),
                text.slug(), language, Snippets.of(passage, query, language));
    }

    private static Suggestion suggestion(PublicItem item, Language reader) {
        Language language = shownLanguage(item, reader);
        PublicText text = item.publicTexts().get(language);
        return new Suggestion(SearchType.of(item.contentType()).orElseThrow(), text.title(), text.slug(), language);
    }

    static Language shownLanguage(PublicItem item, Language reader) {
        return LocalizedText.pick(item.publicTexts(), reader).language();
    }

    /** Whether a search failed for want of a reachable engine (an I/O failure underneath), not a fault of the query. */
    static boolean engineUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }


    /** Drops the operators of the simple query syntax: a reader's words are words. */
    private static String plainWords(String typed) {
        return typed.replaceAll("[+\\-|\"*~()\\\\]", " ").strip();
    }
}
