package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

import static org.jiamusi.vet.cms.cooperation.CooperationProjectProjection.DESCRIPTION;
import static org.jiamusi.vet.cms.cooperation.CooperationProjectProjection.INSTITUTIONS;
import static org.jiamusi.vet.cms.cooperation.CooperationProjectProjection.KIND;
import static org.jiamusi.vet.cms.cooperation.CooperationProjectProjection.PARTNER;
import static org.jiamusi.vet.cms.cooperation.CooperationProjectProjection.PARTNER_COUNTRY;
import static org.jiamusi.vet.cms.cooperation.CooperationProjectProjection.START_YEAR;
import static org.jiamusi.vet.cms.cooperation.CooperationProjectProjection.SUMMARY;

/** Cooperation drafts for tests: the Luban Workshop that Tongjiang and Fuyuan help set up in the Russian Far East. */
public final class CooperationProjects {

    public static final String REF = "luban-workshop-russian-far-east";
    public static final String KIND_VALUE = "LUBAN_WORKSHOP";
    public static final String COUNTRY = "RU";
    public static final int START_YEAR_VALUE = 2024;
    public static final String TITLE_ZH = "俄罗斯远东地区鲁班工坊";
    public static final String PARTNER_ZH = "俄罗斯远东地区合作职业院校";
    public static final Map<Language, String> SLUGS = DraftBuilder.inEachLanguage("eluosi-yuandong-diqu-luban-gongfang",
            "masterskaya-lu-banya-na-dalnem-vostoke-rossii", "luban-workshop-in-the-russian-far-east");

    private CooperationProjects() {
    }

    /** The institutions are content item ids, lead institution first. */
    public static DraftBuilder lubanWorkshop(long... institutionIds) {
        StringBuilder ids = new StringBuilder();
        for (long id : institutionIds) {
            ids.append(ids.length() == 0 ? "" : ",").append(id);
        }
        return DraftBuilder.draft()
                .field(KIND, KIND_VALUE)
                .field(PARTNER_COUNTRY, COUNTRY)
                .field(INSTITUTIONS, ids)
                .field(START_YEAR, START_YEAR_VALUE)
                .text(ContentSchema.TITLE, TITLE_ZH, "Мастерская Лу Баня на Дальнем Востоке России", "Luban Workshop in the Russian Far East")
                .text(SUMMARY, "同江市、抚远市参与在俄罗斯远东地区设立“鲁班工坊”，面向当地员工开展技术技能人才培养。",
                        "Тунцзян и Фуюань участвуют в создании Мастерской Лу Баня для подготовки местных специалистов.",
                        "Tongjiang and Fuyuan help set up a Luban Workshop that trains local staff in technical skills.")
                .text(DESCRIPTION, "<p>工坊开设焊接、农业机械和中文+职业技能课程。</p>",
                        "<p>Курсы сварки, сельскохозяйственной техники и «китайский язык + профессиональные навыки».</p>",
                        "<p>Courses in welding, agricultural machinery and \"Chinese + vocational skills\".</p>")
                .text(PARTNER, PARTNER_ZH,
                        "партнёрские профессиональные колледжи Дальнего Востока России", "partner vocational colleges in the Russian Far East");
    }
}
