package org.jiamusi.vet.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.event.EventProjection;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;

import java.time.LocalDate;
import java.util.Map;

/**
 * Test data deployed with the tests of the events pages and feeds: one event some weeks ahead and
 * one some weeks past, dated from the day the server starts in the city's zone, as the site's
 * "coming events" count from that day. Tests that need an event among the coming ones, or one that
 * must not be, read these instead of the plan's events, which fall on fixed days and pass. Written
 * once per server, whichever test deploys first; both lie later than the seed's relative open days
 * and within the year the calendar feed looks back, so they push no seeded event out of a list.
 */
@ApplicationScoped
public class DatedEventsFixture {

    public static final int COMING_IN_DAYS = 60;
    public static final int PAST_BY_DAYS = 60;
    public static final String COMING_ZH = "测试活动：即将举行的技能展示";
    public static final String COMING_RU = "Тестовое мероприятие: предстоящий показ мастерства";
    public static final String COMING_EN = "Test event: a coming skills show";
    public static final String PAST_ZH = "测试活动：已经结束的技能展示";
    public static final String PAST_RU = "Тестовое мероприятие: прошедший показ мастерства";
    public static final String PAST_EN = "Test event: a past skills show";

    private static final String COMING_REF = "fixture-dated-event-coming";
    private static final String PAST_REF = "fixture-dated-event-past";

    @Inject
    ContentService content;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class) Object event) {
        if (content.findByRef(ContentType.EVENT, COMING_REF).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(Formats.CITY_ZONE);
        publish(COMING_REF, today.plusDays(COMING_IN_DAYS), COMING_ZH, COMING_RU, COMING_EN);
        publish(PAST_REF, today.minusDays(PAST_BY_DAYS), PAST_ZH, PAST_RU, PAST_EN);
    }

    private void publish(String ref, LocalDate day, String zh, String ru, String en) {
        ContentDraft draft = new ContentDraft(Map.of(EventProjection.KIND, "OTHER", EventProjection.START_DATE, day.toString()), Map.of(
                Language.ZH, Map.of("title", zh, EventProjection.SUMMARY, "测试数据。", EventProjection.VENUE, "测试楼"),
                Language.RU, Map.of("title", ru, EventProjection.SUMMARY, "Тестовые данные.", EventProjection.VENUE, "Тестовый корпус"),
                Language.EN, Map.of("title", en, EventProjection.SUMMARY, "Test data.", EventProjection.VENUE, "Test building")));
        long id = content.create(Actor.system(), ContentType.EVENT, ref, null, true, draft, "events test fixture").getId();
        content.publish(Actor.system(), id);
    }
}
