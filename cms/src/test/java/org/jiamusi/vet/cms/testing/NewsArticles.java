package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

import static org.jiamusi.vet.cms.news.NewsArticleProjection.BODY;
import static org.jiamusi.vet.cms.news.NewsArticleProjection.IMAGE;
import static org.jiamusi.vet.cms.news.NewsArticleProjection.INSTITUTION;
import static org.jiamusi.vet.cms.news.NewsArticleProjection.PUBLISHED_ON;
import static org.jiamusi.vet.cms.news.NewsArticleProjection.SUMMARY;

/** News drafts for tests: a report of the open day. */
public final class NewsArticles {

    public static final String REF = "open-day-report-2026";
    public static final String PUBLISHED_ON_VALUE = "2026-05-18";
    public static final String TITLE_ZH = "佳木斯职业学院校园开放日迎来两千余名家长和学生";
    public static final Map<Language, String> SLUGS = DraftBuilder.inEachLanguage("jiamusi-zhiye-xueyuan-xiaoyuan-kaifangri-huigu",
            "den-otkrytykh-dverey-v-kolledzhe-tszyamusy", "open-day-at-jiamusi-vocational-institute");

    private NewsArticles() {
    }

    public static DraftBuilder openDayReport(long imageId, long institutionId) {
        return DraftBuilder.draft()
                .field(PUBLISHED_ON, PUBLISHED_ON_VALUE)
                .field(IMAGE, imageId)
                .field(INSTITUTION, institutionId)
                .text(ContentSchema.TITLE, TITLE_ZH,
                        "День открытых дверей в Профессиональном колледже Цзямусы посетили более двух тысяч гостей",
                        "Over two thousand visitors at Jiamusi Vocational Institute's open day")
                .text(SUMMARY, "职业教育活动周期间，学院开放十二个实训室。",
                        "В Неделю профессионального образования колледж открыл двенадцать мастерских.",
                        "During Vocational Education Week the institute opened twelve workshops.")
                .text(BODY, "<p>5月16日至17日，家长和初中生走进口腔修复、数字媒体等实训室，亲手体验职业技能。</p>",
                        "<p>16–17 мая родители и школьники побывали в мастерских зубного протезирования и цифровых медиа.</p>",
                        "<p>On 16 and 17 May parents and pupils tried their hand in the dental and digital media workshops.</p>");
    }
}
