package org.jiamusi.vet.web.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.news.NewsArticleText;
import org.jiamusi.vet.cms.news.NewsService;
import org.jiamusi.vet.cms.news.PublishedArticle;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.TextCharacters;
import org.jiamusi.vet.web.infra.Route;
import org.jiamusi.vet.web.infra.Section;
import org.jiamusi.vet.web.infra.SiteAddress;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code /{lang}/news.atom}: the latest news in the reader's language as an Atom feed (RFC 4287). */
@WebServlet("/feeds/news.atom")
public class NewsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int MAX_ENTRIES = 50;

    @Inject
    transient NewsService news;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Route route = (Route) request.getAttribute(Route.ATTRIBUTE);
        Language reader = route == null ? Language.SOURCE : route.language();
        String site = SiteAddress.base(request);
        List<PublishedArticle> articles = news.latest(MAX_ENTRIES);
        response.setContentType("application/atom+xml; charset=UTF-8");
        try (Writer out = response.getWriter()) {
            // Cleaned: one control character in a stored text would make the document unreadable for every reader.
            XMLStreamWriter xml = TextCharacters.cleaning(XMLOutputFactory.newInstance().createXMLStreamWriter(out));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", reader.code());
            element(xml, "id", site + "/" + reader.code() + Section.NEWS.listPath());
            element(xml, "title", SiteAddress.name(reader));
            element(xml, "updated", articles.isEmpty() ? "2026-01-01T00:00:00Z" : timestamp(articles.get(0)));
            link(xml, "self", site + "/" + reader.code() + "/news.atom");
            link(xml, "alternate", site + "/" + reader.code() + Section.NEWS.listPath());
            xml.writeStartElement("author");
            element(xml, "name", SiteAddress.name(reader));
            xml.writeEndElement();
            for (PublishedArticle article : articles) {
                LocalizedText<NewsArticleText> shown = article.textFor(reader);
                NewsArticleText text = shown.text();
                String url = site + Section.NEWS.pathOf(reader, text.getSlug());
                xml.writeStartElement("entry");
                if (shown.fallback()) {
                    xml.writeAttribute("xml:lang", shown.language().code());
                }
                element(xml, "id", url);
                element(xml, "title", text.getTitle());
                element(xml, "updated", timestamp(article));
                element(xml, "published", timestamp(article));
                link(xml, "alternate", url);
                if (text.getSummary() != null) {
                    element(xml, "summary", text.getSummary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("The news feed cannot be written", e);
        }
    }

    private static String timestamp(PublishedArticle article) {
        return article.publishedOn().atTime(LocalTime.of(9, 0)).atZone(Formats.CITY_ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
