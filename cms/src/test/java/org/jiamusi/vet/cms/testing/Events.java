package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

import static org.jiamusi.vet.cms.event.EventProjection.DESCRIPTION;
import static org.jiamusi.vet.cms.event.EventProjection.END_DATE;
import static org.jiamusi.vet.cms.event.EventProjection.END_TIME;
import static org.jiamusi.vet.cms.event.EventProjection.INSTITUTION;
import static org.jiamusi.vet.cms.event.EventProjection.KIND;
import static org.jiamusi.vet.cms.event.EventProjection.REGISTRATION_REQUIRED;
import static org.jiamusi.vet.cms.event.EventProjection.REGISTRATION_URL;
import static org.jiamusi.vet.cms.event.EventProjection.START_DATE;
import static org.jiamusi.vet.cms.event.EventProjection.START_TIME;
import static org.jiamusi.vet.cms.event.EventProjection.SUMMARY;
import static org.jiamusi.vet.cms.event.EventProjection.VENUE;

/** Event drafts for tests: Jiamusi Vocational Institute's open day in the Vocational Education Week. */
public final class Events {

    public static final String REF = "jiamusi-vocational-open-day-2026";
    public static final String KIND_VALUE = "SCHOOL_OPEN_DAY";
    public static final String START_DATE_VALUE = "2026-05-16";
    public static final String END_DATE_VALUE = "2026-05-17";
    public static final String START_TIME_VALUE = "09:00";
    public static final String END_TIME_VALUE = "16:00";
    public static final String REGISTRATION_URL_VALUE = "https://www.jmszy.example/kaifangri";
    public static final String TITLE_ZH = "佳木斯职业学院校园开放日";
    public static final Map<Language, String> SLUGS = DraftBuilder.inEachLanguage("jiamusi-zhiye-xueyuan-xiaoyuan-kaifangri",
            "den-otkrytykh-dverey-kolledzha-tszyamusy", "jiamusi-vocational-institute-open-day");

    private Events() {
    }

    public static DraftBuilder openDay(long institutionId) {
        return DraftBuilder.draft()
                .field(KIND, KIND_VALUE)
                .field(START_DATE, START_DATE_VALUE)
                .field(END_DATE, END_DATE_VALUE)
                .field(START_TIME, START_TIME_VALUE)
                .field(END_TIME, END_TIME_VALUE)
                .field(INSTITUTION, institutionId)
                .field(REGISTRATION_REQUIRED, true)
                .field(REGISTRATION_URL, REGISTRATION_URL_VALUE)
                .text(ContentSchema.TITLE, TITLE_ZH,
                        "День открытых дверей Профессионального колледжа Цзямусы", "Jiamusi Vocational Institute open day")
                .text(SUMMARY, "职业教育活动周期间，学院向家长和初中生开放实训室。",
                        "В Неделю профессионального образования колледж открывает мастерские для родителей и школьников.",
                        "During Vocational Education Week the institute opens its workshops to parents and pupils.")
                .text(DESCRIPTION, "<p>参观口腔修复、数字媒体和学前教育实训室，与在校生面对面交流。</p>",
                        "<p>Мастерские зубного протезирования, цифровых медиа и дошкольного образования; встречи со студентами.</p>",
                        "<p>Visit the dental, digital media and preschool workshops and meet current students.</p>")
                .text(VENUE, "佳木斯职业学院主校区", "Главный кампус Профессионального колледжа Цзямусы", "Main campus, Jiamusi Vocational Institute");
    }
}
