package org.jiamusi.vet.web;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.ProgrammeHit;
import org.jiamusi.vet.search.ProgrammeSearch;
import org.jiamusi.vet.search.SearchIndexer;
import org.jiamusi.vet.seeds.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

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
