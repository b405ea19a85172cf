package org.jiamusi.vet.web;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Pathway;
import org.jiamusi.vet.cms.programme.Programme;
import org.jiamusi.vet.cms.programme.ProgrammeDraft;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.ProgrammeHit;
import org.jiamusi.vet.search.ProgrammeSearch;
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
    ProgrammeSearch search;

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
        Programme programme = programmes.findByRef("it-moved-slug")
                .orElseGet(() -> programmes.create(new ProgrammeDraft("it-moved-slug", "", Level.HIGHER_VOCATIONAL, Pathway.NONE, 3, true,
                        Map.of(Language.ZH, new ProgrammeText("跨境电子商务", "佳木斯职业学院", "摘要", "介绍", "就业"),
                                Language.EN, new ProgrammeText("Cross-border E-commerce", "Jiamusi Vocational Institute", "s", "d", "c")))));
        String oldSlug = programme.text(Language.EN).orElseThrow().getSlug();
        programmes.changeSlug(programme.getId(), Language.EN, "cross-border-trade-online");

        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("/en/programmes/" + oldSlug)).build(),
                HttpResponse.BodyHandlers.discarding());

        assertEquals(301, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/en/programmes/cross-border-trade-online"));
    }

    @Test
    void everySeededProgrammeIsInTheIndex() {
        assertEquals(programmes.count(), indexer.indexedProgrammes());
    }

    @Test
    void searchInsideTheServerSegmentsChineseAndShowsTheReadersLanguage() {
        List<ProgrammeHit> hits = search.search("口腔", Language.EN, 0).hits();

        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(hit -> hit.slug().equals("dental-prosthetics-technology")
                && hit.language() == Language.EN), "dental prosthetics in English among " + hits);
    }
}
