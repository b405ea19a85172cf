package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.i18n.Language;

import java.util.LinkedHashMap;
import java.util.Map;

/** Programme drafts for tests, with named constants rather than seed files. */
public final class Programmes {

    public static final String DENTAL_REF = "dental-prosthesis";
    public static final String DENTAL_ZH = "口腔修复工艺";
    public static final String DENTAL_RU = "Технология зубного протезирования";
    public static final String DENTAL_EN = "Dental Prosthesis Technology";

    public static final String WELDING_REF = "welding";
    public static final String WELDING_ZH = "焊接技术与自动化";
    public static final String WELDING_RU = "Сварочные технологии и автоматизация";
    public static final String WELDING_EN = "Welding Technology and Automation";

    public static final String MEDIA_REF = "digital-media";
    public static final String MEDIA_ZH = "数字媒体艺术设计";
    public static final String MEDIA_RU = "Дизайн цифровых медиа";
    public static final String MEDIA_EN = "Digital Media Art and Design";

    private Programmes() {
    }

    public static ContentDraft dental() {
        return draft("HIGHER_VOCATIONAL", "THREE_PLUS_TWO",
                text(DENTAL_ZH, "佳木斯职业学院", "培养口腔修复体制作人才。", "学习义齿、烤瓷冠的设计与制作。", "口腔技师"),
                text(DENTAL_RU, "Профессиональный колледж Цзямусы", "Изготовление зубных протезов.",
                        "Студенты учатся проектировать и изготавливать зубные протезы и коронки.", "зубной техник"),
                text(DENTAL_EN, "Jiamusi Vocational Institute", "Making dental prostheses.",
                        "Students learn to design and make dentures, crowns and bridges.", "dental technician"));
    }

    public static ContentDraft welding() {
        return draft("SECONDARY_VOCATIONAL", "NONE",
                text(WELDING_ZH, "佳木斯技师学院", "焊接工艺与焊接机器人。", "学习焊条电弧焊和机器人焊接。", "焊工"),
                text(WELDING_RU, "Колледж техников Цзямусы", "Сварка и сварочные роботы.",
                        "Ручная дуговая сварка и программирование сварочных роботов.", "сварщик"),
                text(WELDING_EN, "Jiamusi Technician College", "Welding and welding robots.",
                        "Manual arc welding and programming welding robots.", "welder"));
    }

    public static ContentDraft media() {
        return draft("HIGHER_VOCATIONAL", "NONE",
                text(MEDIA_ZH, "佳木斯职业学院", "数字媒体设计。", "学习动画、短视频与交互设计。", "视频剪辑师"),
                text(MEDIA_RU, "Профессиональный колледж Цзямусы", "Цифровой дизайн.",
                        "Анимация, короткие видео и дизайн интерфейсов.", "видеомонтажёр"),
                text(MEDIA_EN, "Jiamusi Vocational Institute", "Digital design.",
                        "Animation, short video and interaction design.", "video editor"));
    }

    /** A draft in Chinese only, as an editor first writes it. */
    public static ContentDraft chineseOnly(String title) {
        return new ContentDraft(facts("SECONDARY_VOCATIONAL", "NONE"),
                Map.of(Language.ZH, text(title, "佳木斯市职业技术学校", "摘要", "介绍", "就业")));
    }

    public static Map<String, String> text(String title, String institution, String summary, String description, String careers) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", title);
        text.put("institutionName", institution);
        text.put("summary", summary);
        text.put("description", description);
        text.put("careers", careers);
        return text;
    }

    private static Map<String, String> facts(String level, String pathway) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("level", level);
        facts.put("pathway", pathway);
        facts.put("durationYears", "3");
        return facts;
    }

    private static ContentDraft draft(String level, String pathway, Map<String, String> zh, Map<String, String> ru, Map<String, String> en) {
        return new ContentDraft(facts(level, pathway), DraftBuilder.inEachLanguage(zh, ru, en));
    }
}
