package org.jiamusi.vet.search;

import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.i18n.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Search when the engine is down: titles in any language that contain the typed text, straight
 * from the database. Cruder than the engine (no stemming, pinyin or typos) but the reader gets
 * an answer and a notice instead of an error page.
 */
final class DatabaseFallback {

    private static final int MAX = 50;

    private DatabaseFallback() {
    }

    static SearchPage search(EntityManager em, SearchQuery query) {
        String pattern = "%" + query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<SearchHit> hits = new ArrayList<>();
        for (SearchType type : SearchType.values()) {
            if (query.type() != null && query.type() != type) {
                continue;
            }
            List<? extends PublicItem> items = em.createQuery("select distinct e from " + type.entity().getSimpleName()
                            + " e join e.texts t where lower(t.title) like :pattern escape '\\'", type.entity())
                    .setParameter("pattern", pattern)
                    .setMaxResults(MAX)
                    .getResultList();
            for (PublicItem item : items) {
                Language language = SiteSearch.shownLanguage(item, query.reader());
                PublicText text = item.publicTexts().get(language);
                hits.add(new SearchHit(type, item.getId(), text.title(), text.slug(), language,
                        Snippets.of(PublicText.plain(text.summary(), text.body()), query.text(), language)));
            }
        }
        int from = Math.min((query.page() - 1) * SearchQuery.PAGE_SIZE, hits.size());
        int to = Math.min(from + SearchQuery.PAGE_SIZE, hits.size());
        return new SearchPage(hits.size(), hits.subList(from, to), Map.of(), true);
    }
}
