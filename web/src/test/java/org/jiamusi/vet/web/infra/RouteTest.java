package org.jiamusi.vet.web.infra;

import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RouteTest {

    @Test
    void homeListsAndSearchHaveTheirViews() {
        assertThat(view("/")).contains("/WEB-INF/views/home.xhtml");
        assertThat(view("/programmes")).contains("/WEB-INF/views/programmes.xhtml");
        assertThat(view("/programmes/compare")).contains("/WEB-INF/views/compare.xhtml");
        assertThat(view("/search")).contains("/WEB-INF/views/search.xhtml");
        assertThat(view("/institutions")).contains("/WEB-INF/views/institutions.xhtml");
        assertThat(view("/experiences")).contains("/WEB-INF/views/experiences.xhtml");
        assertThat(view("/events")).contains("/WEB-INF/views/events.xhtml");
        assertThat(view("/cooperation")).contains("/WEB-INF/views/cooperation.xhtml");
        assertThat(view("/news")).contains("/WEB-INF/views/news.xhtml");
    }

    @Test
    void anItemOfEachSectionHasItsViewSlugAndSection() {
        Route programme = Route.parse(Language.RU, "/programmes/tekhnologiya-zubnogo-protezirovaniya").orElseThrow();
        assertThat(programme.view()).isEqualTo("/WEB-INF/views/programme.xhtml");
        assertThat(programme.slug()).isEqualTo("tekhnologiya-zubnogo-protezirovaniya");
        assertThat(programme.language()).isEqualTo(Language.RU);
        assertThat(programme.pathAfterLanguage()).isEqualTo("/programmes/tekhnologiya-zubnogo-protezirovaniya");

        assertThat(view("/institutions/jiamusi-zhiye-xueyuan")).contains("/WEB-INF/views/institution.xhtml");
        assertThat(view("/experiences/ya-diao")).contains("/WEB-INF/views/experience.xhtml");
        assertThat(view("/pages/about")).contains("/WEB-INF/views/page.xhtml");
        for (String section : new String[] {"events", "cooperation", "news"}) {
            Route item = Route.parse(Language.EN, "/" + section + "/open-day-2027").orElseThrow();
            assertThat(item.view()).as(section).isEqualTo("/WEB-INF/views/item.xhtml");
            assertThat(item.slug()).as(section).isEqualTo("open-day-2027");
        }
        assertThat(Route.parse(Language.EN, "/news/open-day").orElseThrow().section()).isEqualTo(Section.NEWS);
        assertThat(Route.parse(Language.EN, "/pages/about").orElseThrow().section()).isEqualTo(Section.PAGE);
        assertThat(Route.parse(Language.EN, "/events").orElseThrow().section()).isEqualTo(Section.EVENT);
    }

    @Test
    void feedsGoToTheirServletsWithTheEventsSlug() {
        assertThat(view("/events.ics")).contains("/feeds/events.ics");
        assertThat(view("/news.atom")).contains("/feeds/news.atom");
        Route one = Route.parse(Language.ZH, "/events/kaifang-ri.ics").orElseThrow();
        assertThat(one.view()).isEqualTo("/feeds/events.ics");
        assertThat(one.slug()).isEqualTo("kaifang-ri");
        assertThat(view("/events/Kaifang.ics")).isEmpty();
    }

    @Test
    void onlyLowerCaseAsciiSlugsOfAtMostAHundredCharactersArePages() {
        assertThat(view("/programmes/Huli")).isEmpty();
        assertThat(view("/programmes/hu--li")).isEmpty();
        assertThat(view("/programmes/-huli")).isEmpty();
        assertThat(view("/programmes/护理")).isEmpty();
        assertThat(view("/programmes/" + "a".repeat(100))).isPresent();
        assertThat(view("/programmes/" + "a".repeat(101))).isEmpty();
    }

    @Test
    void unknownAddressesAreNoPage() {
        assertThat(view("/pages")).as("pages have no list").isEmpty();
        assertThat(view("/nothing")).isEmpty();
        assertThat(view("/nothing/here")).isEmpty();
        assertThat(view("/programmes/huli/more")).isEmpty();
        assertThat(view("/search/huli")).isEmpty();
        assertThat(view("/news.atom/x")).isEmpty();
    }

    private static Optional<String> view(String rest) {
        return Route.parse(Language.ZH, rest).map(Route::view);
    }
}
