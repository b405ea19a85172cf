package org.jiamusi.vet.web;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.SearchHit;
import org.jiamusi.vet.search.SearchQuery;
import org.jiamusi.vet.search.SiteSearch;
import org.jiamusi.vet.search.SearchIndexer;
import org.jiamusi.vet.seeds.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The services inside the server, with its transactions, data source and Lucene index. */
@ExtendWith(ArquillianExtension.class)
class ContentServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.site().addClass(ContentServicesIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ProgrammeService programmes;

    @Inject
    ContentService content;

    @Inject
    SiteSearch search;

    @Inject
    SearchIndexer indexer;

    @Inject
    SeedLoader seeds;

    @Test
    void seedsAreLoadedOnStartAndASecondLoadAddsNothing() {
        long before = programmes.count();

        assertTrue(before >= 8, "at least eight programmes of the plan, found " + before);
        assertEquals(0, seeds.load());
        assertEquals(before, programmes.count());
    }

    @Test
    void anOldSlugAnswers301WithTheCurrentAddress() throws Exception {
        ContentItem item = content.findByRef(ContentType.PROGRAMME, "it-moved-slug").orElseGet(() -> {
            ContentItem created = content.create(Actor.system(), ContentType.PROGRAMME, "it-moved-slug", null, true,
                    new ContentDraft(Map.of("level", "HIGHER_VOCATIONAL"), Map.of(
                            Language.ZH, Map.of("title", "跨境电子商务"),
                            Language.EN, Map.of("title", "Cross-border E-commerce"))), "test");
            return content.publish(Actor.system(), created.getId());
        });
        String oldSlug = content.currentSlugs(item.getId()).get(Language.EN);
        content.changeSlug(Actor.system(), item.getId(), Language.EN, "cross-border-trade-online");

        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("/en/programmes/" + oldSlug)).build(),
                HttpResponse.BodyHandlers.discarding());

        assertEquals(301, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/en/programmes/cross-border-trade-online"));
    }

    @Test
    void everyPublishedItemIsInTheIndex() {
        assertEquals(indexer.storedItems(), indexer.indexedItems());
        assertTrue(indexer.indexedItems() > programmes.count(), "more than programmes: institutions, courses, events, ...");
    }

    @Test
    void searchInsideTheServerSegmentsChineseAndShowsTheReadersLanguage() {
        List<SearchHit> hits = search.search(SearchQuery.of("口腔", Language.EN)).hits();

        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(hit -> hit.slug().equals("dental-prosthetics-technology")
                && hit.language() == Language.EN), "dental prosthetics in English among " + hits);
    }
}
