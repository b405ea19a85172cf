package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.Coordinates;
import org.jiamusi.vet.cms.experience.ExperienceCentreProjection;
import org.jiamusi.vet.cms.experience.ExperienceCourseProjection;
import org.jiamusi.vet.cms.experience.SessionProjection;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/**
 * Career-experience drafts for tests: the centre of Jiamusi Vocational Institute, its dental
 * technician course for middle-school pupils, and a session of it on World Youth Skills Day.
 */
public final class Experiences {

    public static final String CENTRE_REF = "jiamusi-vocational-experience-centre";
    public static final String CENTRE_DISTRICT = "XIANGYANG";
    public static final String CENTRE_LATITUDE = "46.800512";
    public static final String CENTRE_LONGITUDE = "130.319604";
    public static final String CENTRE_TITLE_ZH = "佳木斯职业学院中小学生职业体验中心";
    public static final Map<Language, String> CENTRE_SLUGS = DraftBuilder.inEachLanguage("jiamusi-zhiye-xueyuan-zhiye-tiyan-zhongxin",
            "tsentr-professionalnykh-prob-kolledzha-tszyamusy", "jiamusi-vocational-institute-career-experience-centre");

    public static final String COURSE_REF = "little-dental-technicians";
    public static final String COURSE_AREA = "DENTAL_TECHNOLOGY";
    public static final int COURSE_MINUTES = 90;
    public static final String COURSE_TITLE_ZH = "小小牙技师：制作石膏牙齿模型";
    public static final Map<Language, String> COURSE_SLUGS = DraftBuilder.inEachLanguage("xiaoxiao-ya-jishi",
            "yunyy-zubnoy-tekhnik", "little-dental-technicians");

    public static final String SESSION_REF = "little-dental-technicians-2026-07-15";
    public static final String SESSION_DATE = "2026-07-15";
    public static final String SESSION_START = "09:00";
    public static final String SESSION_END = "10:30";
    public static final int SESSION_CAPACITY = 24;
    public static final String SESSION_PLACE_ZH = "实训楼三楼口腔修复实训室";

    private Experiences() {
    }

    public static DraftBuilder centre(long institutionId) {
        return DraftBuilder.draft()
                .field(ExperienceCentreProjection.INSTITUTION, institutionId)
                .field(ExperienceCentreProjection.DISTRICT, CENTRE_DISTRICT)
                .field(Coordinates.LATITUDE, CENTRE_LATITUDE)
                .field(Coordinates.LONGITUDE, CENTRE_LONGITUDE)
                .text(ContentSchema.TITLE, CENTRE_TITLE_ZH,
                        "Центр профессиональных проб Профессионального колледжа Цзямусы", "Career Experience Centre of Jiamusi Vocational Institute")
                .text(ExperienceCentreProjection.SUMMARY, "在真实实训室里体验口腔技术、数字媒体和学前教育等职业。",
                        "Профессиональные пробы в настоящих мастерских: зубной техник, цифровые медиа, дошкольное образование.",
                        "Try dental technology, digital media or preschool teaching in real training workshops.")
                .text(ExperienceCentreProjection.DESCRIPTION, "<p>中心面向全市中小学生开放，每学期开设十余门职业体验课程。</p>",
                        "<p>Центр открыт для школьников всего города; каждый семестр — больше десяти курсов профпроб.</p>",
                        "<p>Open to pupils from all over the city, with more than ten taster courses each term.</p>")
                .text(ExperienceCentreProjection.ADDRESS, "佳木斯职业学院实训楼",
                        "Учебно-производственный корпус Профессионального колледжа Цзямусы", "Training building, Jiamusi Vocational Institute");
    }

    public static DraftBuilder course(long centreId) {
        return DraftBuilder.draft()
                .field(ExperienceCourseProjection.CENTRE, centreId)
                .field(ExperienceCourseProjection.INTEREST_AREA, COURSE_AREA)
                .field(ExperienceCourseProjection.FOR_PRIMARY, false)
                .field(ExperienceCourseProjection.FOR_JUNIOR_MIDDLE, true)
                .field(ExperienceCourseProjection.FOR_SENIOR_MIDDLE, true)
                .field(ExperienceCourseProjection.DURATION_MINUTES, COURSE_MINUTES)
                .text(ContentSchema.TITLE, COURSE_TITLE_ZH,
                        "Юный зубной техник: гипсовая модель зубов", "Little dental technicians: a plaster model of teeth")
                .text(ExperienceCourseProjection.SUMMARY, "跟着口腔修复工艺专业的老师，亲手灌注一副石膏牙齿模型。",
                        "Вместе с преподавателем стоматологии ортопедической отлейте гипсовую модель зубов.",
                        "Cast a plaster model of teeth with a dental prosthetics teacher.")
                .text(ExperienceCourseProjection.WHAT_YOU_MAKE, "一副自己灌注、修整的石膏牙齿模型，可以带回家。",
                        "Гипсовую модель зубов, которую вы отольёте и обработаете сами и заберёте домой.",
                        "A plaster model of teeth you cast and trim yourself, to take home.")
                .text(ExperienceCourseProjection.SAFETY_NOTES, "请穿不怕弄脏的衣服；实训室提供口罩和手套。",
                        "Наденьте одежду, которую не жалко испачкать; маски и перчатки выдаются.",
                        "Wear clothes that may get dusty; masks and gloves are provided.")
                .text(ExperienceCourseProjection.DESCRIPTION, "<p>佳木斯正在建设“中国牙城”，口腔修复工艺是学院的特色专业。</p>",
                        "<p>Цзямусы строит «китайский город зубных техников», и эта специальность — гордость колледжа.</p>",
                        "<p>Jiamusi is building a \"China dental city\", and dental prosthetics is the institute's signature programme.</p>");
    }

    public static DraftBuilder session(long courseId) {
        return DraftBuilder.draft()
                .field(SessionProjection.COURSE, courseId)
                .field(SessionProjection.DATE, SESSION_DATE)
                .field(SessionProjection.START_TIME, SESSION_START)
                .field(SessionProjection.END_TIME, SESSION_END)
                .field(SessionProjection.CAPACITY, SESSION_CAPACITY)
                .text(SessionProjection.PLACE, SESSION_PLACE_ZH,
                        "Мастерская зубного протезирования, 3-й этаж учебно-производственного корпуса",
                        "Dental prosthetics workshop, 3rd floor of the training building");
    }
}
