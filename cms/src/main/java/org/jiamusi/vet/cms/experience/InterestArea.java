package org.jiamusi.vet.cms.experience;

/** The field a career-experience course lets a pupil try, by which pupils browse the courses. */
public enum InterestArea {
    /** 智能制造 */
    INTELLIGENT_MANUFACTURING,
    /** 数字媒体 */
    DIGITAL_MEDIA,
    /** 现代农业 */
    AGRICULTURE,
    /** 学前教育 */
    PRESCHOOL_EDUCATION,
    /** 康养护理 */
    ELDERLY_CARE_AND_NURSING,
    /** 口腔修复工艺: Jiamusi trains dental technicians for its "China dental city" plan. */
    DENTAL_TECHNOLOGY,
    /** 旅游 */
    TOURISM,
    /** 冰雪运动 */
    ICE_AND_SNOW_SPORTS,
    /** 新能源汽车 */
    NEW_ENERGY_VEHICLES,
    OTHER
}
