package org.jiamusi.vet.seeds.cli;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Drafts of synthetic content in three languages with the text lengths of real items (a title of a
 * few words, a summary of a sentence or two, a description of several paragraphs), built from word
 * lists of each language. Deterministic for a given seed, so two benchmark runs load the same data.
 */
final class SyntheticContent {

    private static final List<String> ZH = List.of(
            "职业", "教育", "技能", "实训", "专业", "学生", "企业", "合作", "智能", "制造", "数字", "媒体", "农业", "畜牧",
            "护理", "康养", "旅游", "冰雪", "运动", "汽车", "能源", "焊接", "口腔", "修复", "工艺", "设计", "管理", "服务",
            "课程", "体验", "中心", "基地", "学院", "学校", "佳木斯", "黑龙江", "培养", "人才", "就业", "创新", "实践", "标准",
            "质量", "发展", "产业", "融合", "工匠", "精神", "岗位", "证书", "贯通", "升学", "社区", "终身", "学习", "活动");
    private static final List<String> RU = List.of(
            "профессиональное", "образование", "навыки", "практика", "специальность", "студенты", "предприятие", "сотрудничество",
            "интеллектуальное", "производство", "цифровые", "медиа", "сельское", "хозяйство", "животноводство", "уход", "туризм",
            "зимние", "виды", "спорта", "автомобили", "энергия", "сварка", "стоматология", "технология", "дизайн", "управление",
            "курс", "проба", "центр", "база", "колледж", "училище", "Цзямусы", "Хэйлунцзян", "подготовка", "кадры", "работа",
            "инновации", "стандарт", "качество", "развитие", "отрасль", "интеграция", "мастерство", "квалификация", "обучение");
    private static final List<String> EN = List.of(
            "vocational", "education", "skills", "training", "programme", "students", "company", "cooperation", "intelligent",
            "manufacturing", "digital", "media", "agriculture", "livestock", "nursing", "care", "tourism", "winter", "sports",
            "vehicles", "energy", "welding", "dental", "technology", "design", "management", "service", "course", "experience",
            "centre", "base", "college", "school", "Jiamusi", "Heilongjiang", "talent", "careers", "innovation", "practice",
            "standards", "quality", "development", "industry", "integration", "craftsmanship", "certificate", "pathway", "learning");

    private final Random random;
    private final LocalDate today;

    SyntheticContent(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    ContentDraft institution(int n) {
        return draft(Map.of("kind", "SECONDARY_VOCATIONAL_SCHOOL", "district", "QIANJIN"),
                "title", 3, "summary", 25, "description", 120, "address", 6);
    }

    ContentDraft centre(int n, long institution) {
        return draft(Map.of("institution", Long.toString(institution), "district", "XIANGYANG"),
                "title", 4, "summary", 25, "description", 120, "address", 6);
    }

    ContentDraft programme(int n, long institution) {
        return draft(Map.of("level", n % 3 == 0 ? "SECONDARY_VOCATIONAL" : "HIGHER_VOCATIONAL", "durationYears", "3",
                        "institution", Long.toString(institution)),
                "title", 3, "summary", 30, "description", 200, "careers", 25, "institutionName", 3);
    }

    ContentDraft course(int n, long centre) {
        return draft(Map.of("centre", Long.toString(centre), "interestArea", "DIGITAL_MEDIA", "forPrimary", "true",
                        "forJuniorMiddle", "true", "forSeniorMiddle", "false", "durationMinutes", "90"),
                "title", 4, "summary", 25, "whatYouMake", 30, "safetyNotes", 20, "description", 150);
    }

    ContentDraft session(int n, long course) {
        LocalDate date = today.plusDays(7 + random.nextInt(150));
        return draft(Map.of("course", Long.toString(course), "date", date.toString(), "startTime", "09:00",
                "endTime", "11:00", "capacity", Integer.toString(10 + random.nextInt(30))), "place", 5);
    }

    ContentDraft event(int n) {
        LocalDate start = today.plusDays(random.nextInt(200));
        return draft(Map.of("kind", "SCHOOL_OPEN_DAY", "startDate", start.toString(), "endDate", start.plusDays(random.nextInt(3)).toString()),
                "title", 5, "summary", 30, "description", 160, "venue", 5);
    }

    ContentDraft news(int n) {
        return draft(Map.of("publishedOn", today.minusDays(random.nextInt(1500)).toString()),
                "title", 8, "summary", 35, "body", 300);
    }

    static String ref(ContentType type, String run, int n) {
        return "synthetic-" + run + "-" + type.code() + "-" + n;
    }

    /** A draft with the given facts and, per language, texts of the given lengths in words. */
    private ContentDraft draft(Map<String, String> facts, Object... fieldsAndWords) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < fieldsAndWords.length; i += 2) {
                String field = (String) fieldsAndWords[i];
                int words = (Integer) fieldsAndWords[i + 1];
                String text = words(language, words);
                values.put(field, field.equals("title") ? capitalised(text, 190) : text);
            }
            texts.put(language, values);
        }
        return new ContentDraft(facts, texts);
    }

    private String words(Language language, int count) {
        List<String> pool = switch (language) {
            case ZH -> ZH;
            case RU -> RU;
            case EN -> EN;
        };
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0 && language != Language.ZH) {
                text.append(i % 12 == 0 ? ". " : " ");
            } else if (i > 0 && i % 12 == 0) {
                text.append("，");
            }
            text.append(pool.get(random.nextInt(pool.size())));
        }
        return text.append(language == Language.ZH ? "。" : ".").toString();
    }

    private static String capitalised(String text, int max) {
        String title = text.endsWith(".") || text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
        title = title.length() > max ? title.substring(0, max) : title;
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
