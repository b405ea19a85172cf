package org.jiamusi.vet.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test data deployed with the programme tests only: a secondary vocational school in Tongjiang,
 * a county where the plan's own content has no programme, offering three programmes on three
 * through-training routes with every field filled in and one with no route and few fields, in
 * Chinese, Russian and English. Filtering by level and county then finds exactly these four,
 * whatever the seed content holds.
 */
@ApplicationScoped
public class TongjiangProgrammesFixture {

    public static final String DISTRICT = "TONGJIANG";
    public static final String LEVEL = "SECONDARY_VOCATIONAL";

    public static final String SCHOOL_ZH = "同江市职业技术学校";
    public static final String SCHOOL_RU = "Профессионально-техническая школа города Тунцзян";
    public static final String SCHOOL_EN = "Tongjiang Vocational and Technical School";

    /** "3+2", three years here, then two at a higher vocational college. */
    public static final String COMMERCE_ZH = "跨境电子商务";
    public static final String COMMERCE_RU = "Трансграничная электронная коммерция";
    public static final String COMMERCE_EN = "Cross-Border E-Commerce";
    public static final String COMMERCE_CERTIFICATE_EN = "1+X cross-border e-commerce B2B data operations certificate (elementary)";
    public static final String COMMERCE_ADMISSION_EN = "Junior middle school leavers, through the senior high school entrance examination";
    public static final String COMMERCE_HONOURS_EN = "City model programme";

    /** Five-year integrated. */
    public static final String TOURISM_ZH = "俄语旅游服务";
    public static final String TOURISM_RU = "Туристическое обслуживание на русском языке";
    public static final String TOURISM_EN = "Tourism Services in Russian";
    public static final String TOURISM_CERTIFICATE_EN = "1+X tour guide service certificate";

    /** Secondary → higher vocational → bachelor's. */
    public static final String FOOD_ZH = "农产品加工与质量检测";
    public static final String FOOD_RU = "Переработка сельхозпродукции и контроль качества";
    public static final String FOOD_EN = "Agricultural Product Processing and Quality Testing";

    /** No through-training route and only the required texts: what an unfinished entry looks like. */
    public static final String CARS_ZH = "汽车运用与维修";
    public static final String CARS_RU = "Эксплуатация и ремонт автомобилей";
    public static final String CARS_EN = "Automobile Operation and Maintenance";

    @Inject
    ContentService content;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class) Object event) {
        if (content.findByRef(ContentType.INSTITUTION, "fixture-tongjiang-school").isPresent()) {
            return;
        }
        ContentItem school = publish(ContentType.INSTITUTION, "fixture-tongjiang-school", null, new ContentDraft(
                Map.of("kind", "SECONDARY_VOCATIONAL_SCHOOL", "district", DISTRICT),
                Map.of(Language.ZH, Map.of("title", SCHOOL_ZH, "honours", "省级示范性中等职业学校"),
                        Language.RU, Map.of("title", SCHOOL_RU, "honours", "Образцовая школа СПО провинциального уровня"),
                        Language.EN, Map.of("title", SCHOOL_EN, "honours", "Provincial model secondary vocational school"))));
        String schoolId = Long.toString(school.getId());
        publish(ContentType.PROGRAMME, "fixture-cross-border-commerce", school.getId(), new ContentDraft(
                facts(schoolId, "THREE_PLUS_TWO", "3"),
                Map.of(Language.ZH, text(COMMERCE_ZH, SCHOOL_ZH, "面向对俄跨境电商的中职专业。", "电商运营、俄语客服",
                                "1+X跨境电商B2B数据运营职业技能等级证书（初级）", "初中毕业生通过中考录取；三年后经转段考核升入高职。", "市级示范专业"),
                        Language.RU, text(COMMERCE_RU, SCHOOL_RU, "Программа СПО для торговли с Россией через интернет.",
                                "менеджер интернет-магазина, оператор поддержки клиентов на русском языке",
                                "Сертификат «1+X» по операциям с данными в трансграничной B2B-торговле (начальный уровень)",
                                "Выпускники средней школы первой ступени по результатам экзамена «чжункао»", "Образцовая специальность городского уровня"),
                        Language.EN, text(COMMERCE_EN, SCHOOL_EN, "A secondary vocational programme in online trade with Russia.",
                                "online shop managers, Russian-speaking customer support", COMMERCE_CERTIFICATE_EN,
                                COMMERCE_ADMISSION_EN, COMMERCE_HONOURS_EN))));
        publish(ContentType.PROGRAMME, "fixture-russian-tourism", school.getId(), new ContentDraft(
                facts(schoolId, "FIVE_YEAR", "5"),
                Map.of(Language.ZH, text(TOURISM_ZH, SCHOOL_ZH, "培养会说俄语的导游。", "导游、旅行社计调",
                                "1+X导游服务证书", "初中毕业生通过中考录取。", null),
                        Language.RU, text(TOURISM_RU, SCHOOL_RU, "Подготовка гидов, говорящих по-русски.", "гид, менеджер турфирмы",
                                "Сертификат «1+X» гида", "Выпускники средней школы первой ступени по результатам «чжункао»", null),
                        Language.EN, text(TOURISM_EN, SCHOOL_EN, "Training Russian-speaking tour guides.", "tour guides, travel agency planners",
                                TOURISM_CERTIFICATE_EN, "Junior middle school leavers", null))));
        publish(ContentType.PROGRAMME, "fixture-food-processing", school.getId(), new ContentDraft(
                facts(schoolId, "SECONDARY_HIGHER_UNDERGRADUATE", "3"),
                Map.of(Language.ZH, text(FOOD_ZH, SCHOOL_ZH, "粮食与大豆加工、质量检测。", "质检员", null, null, null),
                        Language.RU, text(FOOD_RU, SCHOOL_RU, "Переработка зерна и сои, контроль качества.", "контролёр качества", null, null, null),
                        Language.EN, text(FOOD_EN, SCHOOL_EN, "Grain and soybean processing and quality testing.", "quality inspectors", null, null, null))));
        publish(ContentType.PROGRAMME, "fixture-car-maintenance", school.getId(), new ContentDraft(
                facts(schoolId, "NONE", "3"),
                Map.of(Language.ZH, text(CARS_ZH, SCHOOL_ZH, "汽车维护与修理。", null, null, null, null),
                        Language.RU, text(CARS_RU, SCHOOL_RU, "Обслуживание и ремонт автомобилей.", null, null, null, null),
                        Language.EN, text(CARS_EN, SCHOOL_EN, "Servicing and repairing cars.", null, null, null, null))));
    }

    private ContentItem publish(ContentType type, String ref, Long institutionId, ContentDraft draft) {
        ContentItem item = content.create(Actor.system(), type, ref, institutionId, true, draft, "programme test fixture");
        content.publish(Actor.system(), item.getId());
        return item;
    }

    private static Map<String, String> facts(String institution, String pathway, String years) {
        return Map.of("level", LEVEL, "pathway", pathway, "durationYears", years, "institution", institution);
    }

    private static Map<String, String> text(String title, String school, String summary, String careers, String certificates,
                                            String admission, String honours) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", title);
        text.put("institutionName", school);
        text.put("summary", summary);
        if (careers != null) {
            text.put("careers", careers);
        }
        if (certificates != null) {
            text.put("certificates", certificates);
        }
        if (admission != null) {
            text.put("admission", admission);
        }
        if (honours != null) {
            text.put("honours", honours);
        }
        return text;
    }
}
