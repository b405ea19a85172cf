package org.jiamusi.vet.cms.page;

import org.jiamusi.vet.cms.content.Translated;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/** A published page (about, policy, …) as the site shows it and links it from the footer, read by its service. */
public record PublishedPage(long id, PageKind kind, Map<Language, PageText> texts) implements Translated<PageText> {

    public static PublishedPage of(Page p) {
        return new PublishedPage(p.getId(), p.getKind(), p.getTexts());
    }
}
