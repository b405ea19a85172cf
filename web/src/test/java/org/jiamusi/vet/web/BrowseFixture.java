package org.jiamusi.vet.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test data deployed with the institution and experience tests: a school in Dongfeng District with
 * every contact detail, a programme, a career-experience centre and a course for primary pupils
 * with two coming sessions, one with a few seats left and one full. The seats are taken as bookings
 * take them, by changing the count in place. Written once per server, whichever test deploys first.
 */
@ApplicationScoped
public class BrowseFixture {

    public static final String INSTITUTION_ZH = "佳木斯测试职业学校";
    public static final String INSTITUTION_RU = "Тестовая профессиональная школа Цзямусы";
    public static final String INSTITUTION_EN = "Jiamusi Test Vocational School";
    public static final String INSTITUTION_SLUG_RU = "testovaya-professionalnaya-shkola-tszyamusy";
    public static final String PHONE = "+86 454 800 1234";
    public static final String EMAIL = "info@test-school.example";
    public static final String PROGRAMME_RU = "Тестовая специальность по сварке";
    public static final String COURSE_EN = "Test course: paint a toy train";
    public static final String COURSE_SLUG_EN = "test-course-paint-a-toy-train";
    public static final String PLACE_EN = "Room 101, test building";
    public static final int FEW_CAPACITY = 12;
    public static final int FEW_BOOKED = 9;
    public static final int FULL_CAPACITY = 10;

    @Inject
    ContentService content;

    @PersistenceContext
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class) Object event) {
        if (content.findByRef(ContentType.INSTITUTION, "fixture-browse-school").isPresent()) {
            return;
        }
        long school = publish(ContentType.INSTITUTION, "fixture-browse-school", facts(
                        "kind", "SECONDARY_VOCATIONAL_SCHOOL", "district", "DONGFENG", "latitude", "46.8230", "longitude", "130.4200",
                        "phone", PHONE, "email", EMAIL, "website", "https://www.test-school.example/"),
                texts(INSTITUTION_ZH, INSTITUTION_RU, INSTITUTION_EN, "address",
                        "佳木斯市东风区测试路1号", "Цзямусы, район Дунфэн, Тестовая улица, 1", "1 Test Road, Dongfeng District, Jiamusi"));
        publish(ContentType.PROGRAMME, "fixture-browse-programme", facts(
                        "level", "SECONDARY_VOCATIONAL", "institution", Long.toString(school)),
                texts("测试焊接专业", PROGRAMME_RU, "Test welding programme", null, null, null, null));
        long centre = publish(ContentType.EXPERIENCE_CENTRE, "fixture-browse-centre", facts(
                        "institution", Long.toString(school), "district", "DONGFENG"),
                texts("测试职业体验中心", "Тестовый центр профпроб", "Test career experience centre", null, null, null, null));
        long course = publish(ContentType.EXPERIENCE_COURSE, "fixture-browse-course", facts(
                        "centre", Long.toString(centre), "interestArea", "PRESCHOOL_EDUCATION", "forPrimary", "true",
                        "forJuniorMiddle", "false", "forSeniorMiddle", "false", "durationMinutes", "60"),
                texts("测试课程：给玩具小火车上色", "Тестовая профпроба: раскрась игрушечный поезд", COURSE_EN,
                        "whatYouMake", "一列自己上色的木头小火车。", "Деревянный поезд, раскрашенный своими руками.", "A wooden toy train you paint yourself."));
        LocalDate today = LocalDate.now(Formats.CITY_ZONE);
        session(course, "fixture-browse-session-few", today.plusDays(5), FEW_CAPACITY, FEW_BOOKED);
        session(course, "fixture-browse-session-full", today.plusDays(12), FULL_CAPACITY, FULL_CAPACITY);
    }

    private void session(long course, String ref, LocalDate date, int capacity, int booked) {
        Map<Language, Map<String, String>> place = new LinkedHashMap<>();
        place.put(Language.ZH, Map.of("place", "测试楼101室"));
        place.put(Language.RU, Map.of("place", "Тестовый корпус, аудитория 101"));
        place.put(Language.EN, Map.of("place", PLACE_EN));
        long id = publish(ContentType.SESSION, ref, facts("course", Long.toString(course), "date", date.toString(),
                "startTime", "09:00", "endTime", "10:00", "capacity", Integer.toString(capacity)), place);
        em.createNativeQuery("update experience_session set seats_booked = ?1 where id = ?2")
                .setParameter(1, booked).setParameter(2, id).executeUpdate();
    }

    private long publish(ContentType type, String ref, Map<String, String> facts, Map<Language, Map<String, String>> texts) {
        long id = content.create(Actor.system(), type, ref, null, true, new ContentDraft(facts, texts), "test fixture").getId();
        content.publish(Actor.system(), id);
        return id;
    }

    private static Map<String, String> facts(String... pairs) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            facts.put(pairs[i], pairs[i + 1]);
        }
        return facts;
    }

    private static Map<Language, Map<String, String>> texts(String zh, String ru, String en, String field,
                                                           String fieldZh, String fieldRu, String fieldEn) {
        Map<Language, Map<String, String>> texts = new LinkedHashMap<>();
        texts.put(Language.ZH, text(zh, field, fieldZh));
        texts.put(Language.RU, text(ru, field, fieldRu));
        texts.put(Language.EN, text(en, field, fieldEn));
        return texts;
    }

    private static Map<String, String> text(String title, String field, String value) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", title);
        if (field != null) {
            text.put(field, value);
        }
        return text;
    }
}
