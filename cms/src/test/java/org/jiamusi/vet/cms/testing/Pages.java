package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

import static org.jiamusi.vet.cms.page.PageProjection.BODY;
import static org.jiamusi.vet.cms.page.PageProjection.KIND;
import static org.jiamusi.vet.cms.page.PageProjection.SUMMARY;

/** Page drafts for tests: the city's vocational education plan as a policy document. */
public final class Pages {

    public static final String REF = "vocational-education-plan-2022-2026";
    public static final String KIND_VALUE = "POLICY";
    public static final String TITLE_ZH = "佳木斯市职业教育发展规划（2022—2026年）";
    public static final Map<Language, String> SLUGS = DraftBuilder.inEachLanguage("jiamusi-shi-zhiye-jiaoyu-fazhan-guihua",
            "plan-razvitiya-professionalnogo-obrazovaniya-tszyamusy", "jiamusi-vocational-education-plan-2022-2026");

    private Pages() {
    }

    public static DraftBuilder plan() {
        return DraftBuilder.draft()
                .field(KIND, KIND_VALUE)
                .text(ContentSchema.TITLE, TITLE_ZH,
                        "План развития профессионального образования города Цзямусы на 2022–2026 годы", "Jiamusi Vocational Education Plan 2022-2026")
                .text(SUMMARY, "建设7个职业体验中心，开设45门职业体验课程，建设中俄职教城。",
                        "Семь центров профессиональных проб, 45 курсов профпроб, Китайско-российский городок профессионального образования.",
                        "Seven career experience centres, 45 taster courses, a Sino-Russian Vocational Education City.")
                .text(BODY, "<h2>发展目标</h2><p>建设7个职业体验中心，开设45门职业体验课程，面向中小学生开展职业体验教育，推进职普融通。</p>",
                        "<h2>Цели</h2><p>Создать семь центров профессиональных проб и 45 курсов профпроб для школьников.</p>",
                        "<h2>Goals</h2><p>Build seven career experience centres offering 45 taster courses to school pupils.</p>");
    }
}
