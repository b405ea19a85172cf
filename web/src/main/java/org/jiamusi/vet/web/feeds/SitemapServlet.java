package org.jiamusi.vet.web.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.content.PublicEntry;
import org.jiamusi.vet.cms.content.PublicItemList;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.TextCharacters;
import org.jiamusi.vet.web.infra.Section;
import org.jiamusi.vet.web.infra.SiteAddress;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /sitemap.xml}: every public page in each language, each with its alternates in the other
 * languages and {@code x-default} (Chinese), as search engines read them. A sitemap holds at most
 * 50,000 addresses; beyond that the newest items wait for a sitemap index.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final int MAX_URLS = 50_000;
    private static final int PAGE = 500;

    @Inject
    transient PublicItemList items;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = SiteAddress.base(request);
        response.setContentType("application/xml; charset=UTF-8");
        try (Writer out = response.getWriter()) {
            // Cleaned: one control character in a stored text would make the document unreadable for every reader.
            XMLStreamWriter xml = TextCharacters.cleaning(XMLOutputFactory.newInstance().createXMLStreamWriter(out));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            int written = 0;
            for (String path : List.of("/", "/" + Section.PROGRAMME.path(), "/search")) {
                written += page(xml, site, sameForEveryLanguage(path));
            }
            for (Section section : Section.values()) {
                for (int first = 0; written < MAX_URLS; first += PAGE) {
                    List<PublicEntry> batch = items.entries(section.entity(), first, PAGE);
                    for (PublicEntry item : batch) {
                        if (written + Language.values().length > MAX_URLS) {
                            break;
                        }
                        written += page(xml, site, addresses(section, item));
                    }
                    if (batch.size() < PAGE) {
                        break;
                    }
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("The sitemap cannot be written", e);
        }
    }

    /** One {@code <url>} per language, each listing every language's address; returns how many it wrote. */
    private static int page(XMLStreamWriter xml, String site, Map<Language, String> paths) throws XMLStreamException {
        for (Language language : Language.values()) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(site + paths.get(language));
            xml.writeEndElement();
            for (Language alternate : Language.values()) {
                alternate(xml, alternate.code(), site + paths.get(alternate));
            }
            alternate(xml, "x-default", site + paths.get(Language.SOURCE));
            xml.writeEndElement();
        }
        return Language.values().length;
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    private static Map<Language, String> sameForEveryLanguage(String path) {
        Map<Language, String> paths = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            paths.put(language, "/" + language.code() + (path.equals("/") ? "/" : path));
        }
        return paths;
    }

    /** The item's address in each language: its own slug there, or the slug of the text a reader of it is shown. */
    private static Map<Language, String> addresses(Section section, PublicEntry item) {
        Map<Language, String> paths = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            paths.put(language, section.pathOf(language, item.textFor(language).text().slug()));
        }
        return paths;
    }
}
