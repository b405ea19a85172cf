package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.Coordinates;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

import static org.jiamusi.vet.cms.institution.InstitutionProjection.ADDRESS;
import static org.jiamusi.vet.cms.institution.InstitutionProjection.DESCRIPTION;
import static org.jiamusi.vet.cms.institution.InstitutionProjection.DISTRICT;
import static org.jiamusi.vet.cms.institution.InstitutionProjection.EMAIL;
import static org.jiamusi.vet.cms.institution.InstitutionProjection.HONOURS;
import static org.jiamusi.vet.cms.institution.InstitutionProjection.KIND;
import static org.jiamusi.vet.cms.institution.InstitutionProjection.PHONE;
import static org.jiamusi.vet.cms.institution.InstitutionProjection.SUMMARY;
import static org.jiamusi.vet.cms.institution.InstitutionProjection.WEBSITE;

/** Institution drafts for tests: Jiamusi Vocational Institute, as its editor would enter it. */
public final class Institutions {

    public static final String REF = "jiamusi-vocational-institute";
    public static final String KIND_VALUE = "HIGHER_VOCATIONAL_COLLEGE";
    public static final String DISTRICT_VALUE = "XIANGYANG";
    public static final String LATITUDE = "46.799923";
    public static final String LONGITUDE = "130.318878";
    public static final String PHONE_VALUE = "+86 454 861 2345";
    public static final String EMAIL_VALUE = "zhaosheng@jmszy.example";
    public static final String WEBSITE_VALUE = "https://www.jmszy.example/";

    public static final String TITLE_ZH = "佳木斯职业学院";
    public static final String TITLE_RU = "Профессиональный колледж Цзямусы";
    public static final String TITLE_EN = "Jiamusi Vocational Institute";

    public static final Map<Language, String> SLUGS = DraftBuilder.inEachLanguage("jiamusi-zhiye-xueyuan",
            "professionalnyy-kolledzh-tszyamusy", "jiamusi-vocational-institute");

    private Institutions() {
    }

    /** Every field filled in, in Chinese, Russian and English. */
    public static DraftBuilder jiamusiVocationalInstitute() {
        return DraftBuilder.draft()
                .field(KIND, KIND_VALUE)
                .field(DISTRICT, DISTRICT_VALUE)
                .field(Coordinates.LATITUDE, LATITUDE)
                .field(Coordinates.LONGITUDE, LONGITUDE)
                .field(PHONE, PHONE_VALUE)
                .field(EMAIL, EMAIL_VALUE)
                .field(WEBSITE, WEBSITE_VALUE)
                .text(ContentSchema.TITLE, TITLE_ZH, TITLE_RU, TITLE_EN)
                .text(SUMMARY, "佳木斯市属公办高等职业院校，省级“双高”建设单位。",
                        "Государственный колледж высшего профессионального образования города Цзямусы, участник программы «Шуан гао».",
                        "A public higher vocational college of Jiamusi, in the province's \"Double High-Level\" plan.")
                .text(DESCRIPTION, "<p>学院开设口腔医学技术、数字媒体艺术设计、学前教育等专业，面向中小学生开放职业体验中心。</p>",
                        "<p>Колледж готовит зубных техников, дизайнеров цифровых медиа и воспитателей; для школьников открыт центр профессиональных проб.</p>",
                        "<p>Dental technology, digital media art and design, preschool education; a career experience centre for pupils.</p>")
                .text(ADDRESS, "黑龙江省佳木斯市向阳区",
                        "провинция Хэйлунцзян, город Цзямусы, район Сянъян", "Xiangyang District, Jiamusi, Heilongjiang Province")
                .text(HONOURS, "省级“双高”建设项目", "Провинциальная программа «Шуан гао»", "Provincial \"Double High-Level\" plan");
    }
}
