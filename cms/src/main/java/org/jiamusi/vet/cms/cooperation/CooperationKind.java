package org.jiamusi.vet.cms.cooperation;

/** What kind of cooperation a project is. */
public enum CooperationKind {
    /** 鲁班工坊: a workshop abroad that trains local staff to Chinese standards. */
    LUBAN_WORKSHOP,
    /** 中俄职教城: the Sino-Russian Vocational Education City. */
    SINO_RUSSIAN_VOCATIONAL_CITY,
    /** 中德先进职业教育合作项目 (SGAVE) and other Sino-German programmes. */
    SINO_GERMAN_PROGRAMME,
    /** Exchanges of students, teachers or research. */
    EXCHANGE,
    /** 中文+职业技能: Chinese language taught with vocational skills. */
    CHINESE_PLUS_VOCATIONAL_SKILLS,
    /** A partnership inside China, such as 龙粤合作 with Guangdong. */
    DOMESTIC_PARTNERSHIP,
    OTHER
}
