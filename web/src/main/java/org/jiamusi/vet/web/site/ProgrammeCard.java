package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.cms.programme.PublishedProgramme;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

/**
 * A programme as a list or a search result shows it. {@code lang} is the language the text is
 * really in, which the page puts in a {@code lang} attribute when it is a fallback; {@code slug}
 * is the reader's, for the compare checkbox; {@code district} and {@code pathway} are enum names
 * the page turns into words ({@code null} and {@code NONE} when there is none).
 */
public record ProgrammeCard(long id, String title, String summary, String institution, String level, String url,
                            String lang, boolean fallback, String slug, String district, String pathway) {

    static ProgrammeCard of(PublishedProgramme programme, CurrentPage page) {
        Language reader = page.getLanguage();
        LocalizedText<ProgrammeText> shown = programme.textFor(reader);
        String slug = programme.slugFor(reader);
        return new ProgrammeCard(programme.id(), shown.text().getTitle(), shown.text().getSummary(), shown.text().getInstitution(),
                programme.level().name(), page.path(Section.PROGRAMME.pathOf(slug)),
                shown.language().code(), shown.fallback(), slug,
                programme.district() == null ? null : programme.district().name(), programme.pathway().name());
    }
}
