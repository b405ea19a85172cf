package org.jiamusi.vet.web.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Editors' rich text made safe to show as HTML: paragraphs, sub-headings, lists, emphasis and
 * web links survive; every other tag, attribute and script is dropped. Anyone with an editor's
 * account can write rich text, so the page never trusts it as it is stored.
 */
final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "br", "blockquote")
            .addTags("table", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    static String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, "", ALLOWED, OUTPUT);
    }
}
