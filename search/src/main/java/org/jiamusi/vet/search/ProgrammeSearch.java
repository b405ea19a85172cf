package org.jiamusi.vet.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.programme.Programme;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.i18n.Language;

import java.util.List;

/**
 * Finds programmes by words in any of their languages, and shows each hit in the reader's language.
 * A title match ranks above a match in the body, and a match in the query's own script needs no
 * translation: {@code 口腔}, {@code протезирования} and {@code prosthesis} all find the same programme.
 */
@ApplicationScoped
@Transactional
public class ProgrammeSearch {

    public static final int PAGE_SIZE = 20;
    private static final float TITLE_BOOST = 4f;

    @PersistenceContext
    private EntityManager em;

    protected ProgrammeSearch() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager and transaction. */
    public ProgrammeSearch(EntityManager em) {
        this.em = em;
    }

    public SearchResults<ProgrammeHit> search(String query, Language reader, int page) {
        String terms = query == null ? "" : query.strip();
        if (terms.isEmpty()) {
            return new SearchResults<>(0, List.of());
        }
        SearchResult<Programme> result = Search.session(em).search(Programme.class)
                .where(f -> f.bool(b -> {
                    for (Language language : Language.values()) {
                        b.should(f.match().field(SearchFields.title(language)).matching(terms).boost(TITLE_BOOST));
                        b.should(f.match().field(SearchFields.body(language)).matching(terms));
                    }
                }))
                .fetch(Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE);
        List<ProgrammeHit> hits = result.hits().stream().map(p -> hit(p, reader)).toList();
        return new SearchResults<>(result.total().hitCount(), hits);
    }

    private static ProgrammeHit hit(Programme programme, Language reader) {
        LocalizedText<ProgrammeText> shown = programme.textFor(reader);
        return new ProgrammeHit(programme.getId(), programme.slugFor(reader), shown.text().getTitle(), shown.text().getSummary(),
                shown.text().getInstitution(), shown.language());
    }
}
