package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Pathway;
import org.jiamusi.vet.cms.programme.ProgrammeDraft;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
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

    public static ProgrammeDraft dental() {
        return draft(DENTAL_REF, Level.HIGHER_VOCATIONAL, Pathway.THREE_PLUS_TWO,
                text(DENTAL_ZH, "佳木斯职业学院", "培养口腔修复体制作人才。", "学习义齿、烤瓷冠的设计与制作。", "口腔技师"),
                text(DENTAL_RU, "Цзямусыйский профессиональный институт", "Изготовление зубных протезов.",
                        "Студенты учатся проектировать и изготавливать зубные протезы и коронки.", "зубной техник"),
                text(DENTAL_EN, "Jiamusi Vocational College", "Making dental prostheses.",
                        "Students learn to design and make dentures, crowns and bridges.", "dental technician"));
    }

    public static ProgrammeDraft welding() {
        return draft(WELDING_REF, Level.SECONDARY_VOCATIONAL, Pathway.NONE,
                text(WELDING_ZH, "佳木斯技师学院", "焊接工艺与焊接机器人。", "学习焊条电弧焊和机器人焊接。", "焊工"),
                text(WELDING_RU, "Цзямусыйский технический колледж", "Сварка и сварочные роботы.",
                        "Ручная дуговая сварка и программирование сварочных роботов.", "сварщик"),
                text(WELDING_EN, "Jiamusi Technician College", "Welding and welding robots.",
                        "Manual arc welding and programming welding robots.", "welder"));
    }

    public static ProgrammeDraft media() {
        return draft(MEDIA_REF, Level.HIGHER_VOCATIONAL, Pathway.NONE,
                text(MEDIA_ZH, "佳木斯职业学院", "数字媒体设计。", "学习动画、短视频与交互设计。", "视频剪辑师"),
                text(MEDIA_RU, "Цзямусыйский профессиональный институт", "Цифровой дизайн.",
                        "Анимация, короткие видео и дизайн интерфейсов.", "видеомонтажёр"),
                text(MEDIA_EN, "Jiamusi Vocational College", "Digital design.",
                        "Animation, short video and interaction design.", "video editor"));
    }

    /** A draft in Chinese only, as an editor first writes it. */
    public static ProgrammeDraft chineseOnly(String ref, String title) {
        return new ProgrammeDraft(ref, "", Level.SECONDARY_VOCATIONAL, Pathway.NONE, 3, false,
                Map.of(Language.ZH, text(title, "佳木斯市职业技术学校", "摘要", "介绍", "就业")));
    }

    public static ProgrammeText text(String title, String institution, String summary, String description, String careers) {
        return new ProgrammeText(title, institution, summary, description, careers);
    }

    private static ProgrammeDraft draft(String ref, Level level, Pathway pathway,
                                        ProgrammeText zh, ProgrammeText ru, ProgrammeText en) {
        Map<Language, ProgrammeText> texts = new EnumMap<>(Language.class);
        texts.put(Language.ZH, zh);
        texts.put(Language.RU, ru);
        texts.put(Language.EN, en);
        return new ProgrammeDraft(ref, "", level, pathway, 3, false, texts);
    }
}
