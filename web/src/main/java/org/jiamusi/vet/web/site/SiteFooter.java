package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.page.PageService;
import org.jiamusi.vet.cms.page.PageText;
import org.jiamusi.vet.web.infra.Section;

import java.util.List;

/**
 * The footer of every public page: links to the published pages (about the site, the city's plan,
 * the guide for parents) in the reader's language, whatever their slugs in that language are.
 */
@Named
@RequestScoped
public class SiteFooter {

    @Inject
    PageService pages;

    @Inject
    CurrentPage page;

    private List<TextLink> links;

    public List<TextLink> getPages() {
        if (links == null) {
            links = pages.all().stream().map(p -> {
                LocalizedText<PageText> text = p.textFor(page.getLanguage());
                return new TextLink(text.text().getTitle(), page.path(Section.PAGE.pathOf(text.text().getSlug())), text.lang());
            }).toList();
        }
        return links;
    }
}
