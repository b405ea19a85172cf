package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.i18n.Collation;

import java.util.List;

/** {@code /{lang}/programmes}: every programme, sorted by title in the reader's collation. */
@Named
@RequestScoped
public class ProgrammesView {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentPage page;

    private List<ProgrammeCard> cards;

    public List<ProgrammeCard> getCards() {
        if (cards == null) {
            cards = programmes.list().stream()
                    .map(p -> ProgrammeCard.of(p, page))
                    .sorted(Collation.byName(page.getLanguage(), ProgrammeCard::title))
                    .toList();
        }
        return cards;
    }
}
