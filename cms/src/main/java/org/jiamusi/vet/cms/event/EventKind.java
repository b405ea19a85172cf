package org.jiamusi.vet.cms.event;

/** What kind of event it is, by which the calendar is filtered. */
public enum EventKind {
    /** 校园开放日 */
    SCHOOL_OPEN_DAY,
    /** 企业开放日 */
    COMPANY_OPEN_DAY,
    /** 职业教育活动周, held every May. */
    ACTIVITY_WEEK,
    /** 世界青年技能日, 15 July. */
    WORLD_YOUTH_SKILLS_DAY,
    /** 技能大赛 */
    SKILLS_COMPETITION,
    /** 全民终身学习活动周 */
    LIFELONG_LEARNING_WEEK,
    /** 招生咨询会 */
    ADMISSIONS_FAIR,
    OTHER
}
