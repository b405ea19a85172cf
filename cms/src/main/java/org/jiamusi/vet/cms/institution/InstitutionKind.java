package org.jiamusi.vet.cms.institution;

/** What kind of body an institution is in the city's vocational education. */
public enum InstitutionKind {
    /** 高等职业院校: a higher vocational college (three-year, associate level). */
    HIGHER_VOCATIONAL_COLLEGE,
    /** 中等职业学校: a secondary vocational school. */
    SECONDARY_VOCATIONAL_SCHOOL,
    /** 技师学院: a technician college of the human-resources system. */
    TECHNICIAN_COLLEGE,
    /** 本科院校: an undergraduate university, such as an application-oriented one. */
    UNDERGRADUATE_UNIVERSITY,
    /** 职教集团: a vocational education group of schools and companies. */
    EDUCATION_GROUP,
    /** 企业: a company that trains, hosts open days or takes part in industry–education integration. */
    ENTERPRISE
}
