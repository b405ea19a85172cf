package org.jiamusi.vet.search;

import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentProjections;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.testing.Institutions;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search behaviour every backend must show, on the same data; subclasses only say which
 * backend to run.
 */
abstract class SiteSearchContract extends SearchContract {

    private Path synonymsFile;

    @BeforeAll
    void indexContent(@TempDir Path folder) throws IOException {
        synonymsFile = folder.resolve("synonyms.txt");
        Files.writeString(synonymsFile, "# test synonyms\n牙科, 口腔\n");
        inTransaction(em -> {
            ContentService content = new ContentService(em, new AuditLog(em, Clock.systemUTC()), Clock.systemUTC(), ContentProjections.all());
            for (ContentDraft draft : List.of(Programmes.dental(), Programmes.welding(), Programmes.media())) {
                ContentItem item = content.create(Actor.system(), ContentType.PROGRAMME, null, null, false, draft, "test");
                content.publish(Actor.system(), item.getId());
            }
            ContentItem institution = content.create(Actor.system(), ContentType.INSTITUTION, Institutions.REF, null, false,
                    Institutions.jiamusiVocationalInstitute().build(), "test");
            content.publish(Actor.system(), institution.getId());
            return null;
        });
        IndexCatchUp.drain(emf());
    }

    @Test
    void chineseWordFindsTheProgrammeWhoseTitleHasIt() {
        assertThat(titles("口腔", Language.ZH)).first().isEqualTo(Programmes.DENTAL_ZH);
    }

    @Test
    void charactersAcrossAWordBoundaryAreNotAWordMatch() {
        // 口腔|修复 are two words: 腔修 straddles them and must not be taken for a word of the title.
        assertThat(titles("腔修", Language.ZH)).doesNotContain(Programmes.DENTAL_ZH);
    }

    @Test
    void anotherRussianFormOfATitleWordFindsIt() {
        assertThat(titles("протезирование", Language.RU)).first().isEqualTo(Programmes.DENTAL_RU);
        assertThat(titles("сварочный", Language.RU)).first().isEqualTo(Programmes.WELDING_RU);
    }

    @Test
    void russianYoAndYeAreTheSameLetterToSearch() {
        assertThat(titles("видеомонтажер", Language.RU)).first().isEqualTo(Programmes.MEDIA_RU);
    }

    @Test
    void anotherEnglishFormOfATitleWordFindsIt() {
        assertThat(titles("designs", Language.EN)).first().isEqualTo(Programmes.MEDIA_EN);
        assertThat(titles("automated welding", Language.EN)).first().isEqualTo(Programmes.WELDING_EN);
    }

    @Test
    void pinyinWithOrWithoutSpacesAndInitialsFindTheChineseTitle() {
        assertThat(titles("kouqiang", Language.ZH)).first().isEqualTo(Programmes.DENTAL_ZH);
        assertThat(titles("kou qiang", Language.ZH)).first().isEqualTo(Programmes.DENTAL_ZH);
        assertThat(titles("xiufu gongyi", Language.ZH)).first().isEqualTo(Programmes.DENTAL_ZH);
        assertThat(titles("kqxf", Language.ZH)).first().isEqualTo(Programmes.DENTAL_ZH);
        assertThat(titles("hanjie", Language.EN)).first().isEqualTo(Programmes.WELDING_EN);
    }

    @Test
    void aWordWithATypoStillFindsItsItemButAFragmentOfAWordFindsNothing() {
        assertThat(titles("протизирования", Language.RU)).first().isEqualTo(Programmes.DENTAL_RU);
        assertThat(titles("weldnig", Language.EN)).first().isEqualTo(Programmes.WELDING_EN);
        assertThat(titles("dentl", Language.EN)).first().isEqualTo(Programmes.DENTAL_EN);
        assertThat(titles("wel", Language.EN)).isEmpty();
    }

    @Test
    void synonymsFromTheAdministratorsFileApplyWithoutReindexing() throws IOException {
        assertThat(titles("牙科", Language.ZH)).first().isEqualTo(Programmes.DENTAL_ZH);

        Files.writeString(synonymsFile, "# changed\n焊工, 焊接\n");
        assertThat(titles("焊工", Language.ZH)).first().isEqualTo(Programmes.WELDING_ZH);
        assertThat(titles("牙科", Language.ZH)).doesNotContain(Programmes.DENTAL_ZH);
    }

    @Test
    void aQueryInOneLanguageShowsHitsInTheReadersLanguageWithTheWordsMarked() {
        SearchPage page = search(new SearchQuery("口腔", Language.RU, SearchType.PROGRAMME, Map.of(), 1, SearchQuery.Order.RELEVANCE));

        assertThat(page.total()).isEqualTo(1);
        SearchHit hit = page.hits().get(0);
        assertThat(hit.title()).isEqualTo(Programmes.DENTAL_RU);
        assertThat(hit.slug()).isEqualTo("tekhnologiya-zubnogo-protezirovaniya");
        assertThat(hit.language()).isEqualTo(Language.RU);
        assertThat(search(SearchQuery.of("протезы", Language.RU)).hits().get(0).snippet()).contains("<mark>");
    }

    @Test
    void typeFilterAndEveryTypeInOneSearch() {
        assertThat(search(SearchQuery.of("佳木斯职业学院", Language.ZH)).hits()).extracting(SearchHit::type)
                .contains(SearchType.INSTITUTION, SearchType.PROGRAMME);
        assertThat(search(new SearchQuery("佳木斯职业学院", Language.ZH, SearchType.INSTITUTION, Map.of(), 1, SearchQuery.Order.RELEVANCE))
                .hits()).extracting(SearchHit::type).containsOnly(SearchType.INSTITUTION);
    }

    @Test
    void facetCountsStayRightUnderTheOtherFilters() {
        SearchPage all = search(new SearchQuery("", Language.ZH, SearchType.PROGRAMME, Map.of(), 1, SearchQuery.Order.RELEVANCE));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().get("level")).containsEntry("HIGHER_VOCATIONAL", 2L).containsEntry("SECONDARY_VOCATIONAL", 1L);

        SearchPage higher = search(new SearchQuery("", Language.ZH, SearchType.PROGRAMME, Map.of("level", "HIGHER_VOCATIONAL"),
                1, SearchQuery.Order.RELEVANCE));
        assertThat(higher.total()).isEqualTo(2);
        assertThat(higher.facets().get("level")).containsEntry("SECONDARY_VOCATIONAL", 1L);
        assertThat(higher.facets().get("pathway")).containsEntry("THREE_PLUS_TWO", 1L).containsEntry("NONE", 1L);
        assertThat(higher.facets()).containsKeys("institution", "district", "cluster");
    }

    @Test
    void browsingSortsByTheReadersCollation() {
        SearchPage page = search(new SearchQuery("", Language.ZH, SearchType.PROGRAMME, Map.of(), 1, SearchQuery.Order.TITLE));

        assertThat(page.hits()).extracting(SearchHit::title)
                .containsExactly(Programmes.WELDING_ZH, Programmes.DENTAL_ZH, Programmes.MEDIA_ZH);
    }

    @Test
    void levelOrderPutsSecondaryVocationalFirstThenTitlesInTheReadersCollation() {
        SearchPage page = search(new SearchQuery("", Language.ZH, SearchType.PROGRAMME, Map.of(), 1, SearchQuery.Order.LEVEL));

        assertThat(page.hits()).extracting(SearchHit::title)
                .containsExactly(Programmes.WELDING_ZH, Programmes.DENTAL_ZH, Programmes.MEDIA_ZH);
        SearchPage english = search(new SearchQuery("", Language.EN, SearchType.PROGRAMME, Map.of(), 1, SearchQuery.Order.LEVEL));
        assertThat(english.hits()).extracting(SearchHit::title)
                .containsExactly(Programmes.WELDING_EN, Programmes.DENTAL_EN, Programmes.MEDIA_EN);
    }

    @Test
    void suggestionsAnswerWordPrefixesAndPinyinAsYouType() {
        assertThat(suggest("口腔", Language.ZH)).first().isEqualTo(Programmes.DENTAL_ZH);
        assertThat(suggest("kouq", Language.ZH)).first().isEqualTo(Programmes.DENTAL_ZH);
        assertThat(suggest("Дизай", Language.RU)).first().isEqualTo(Programmes.MEDIA_RU);
        assertThat(suggest("weld", Language.EN)).first().isEqualTo(Programmes.WELDING_EN);
    }

    @Test
    void blankQueryBrowsesAndNothingFails() {
        assertThat(search(SearchQuery.of("   ", Language.EN)).total()).isEqualTo(4);
        assertThat(search(SearchQuery.of("\"+-|*~()", Language.EN)).fallback())
                .as("a query made only of the engine's operators is answered by the engine, not by the database fallback")
                .isFalse();
        assertThat(suggest("", Language.EN)).isEmpty();
    }

    private List<String> titles(String query, Language reader) {
        return search(SearchQuery.of(query, reader)).hits().stream().map(SearchHit::title).toList();
    }

    private List<String> suggest(String text, Language reader) {
        return inTransaction(em -> new SiteSearch(em, Synonyms.fromFile(synonymsFile, Duration.ZERO)).suggest(text, reader, 8))
                .stream().map(Suggestion::title).toList();
    }

    private SearchPage search(SearchQuery query) {
        return inTransaction(em -> new SiteSearch(em, Synonyms.fromFile(synonymsFile, Duration.ZERO)).search(query));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf(), work);
    }
}
