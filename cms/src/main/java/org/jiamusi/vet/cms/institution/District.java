package org.jiamusi.vet.cms.institution;

/**
 * The districts, county-level cities and counties of Jiamusi, by which the site lets a parent look
 * for what is near them; institutions, experience centres and training bases each lie in one.
 */
public enum District {
    /** 前进区 */
    QIANJIN,
    /** 向阳区 */
    XIANGYANG,
    /** 东风区 */
    DONGFENG,
    /** 郊区 */
    JIAO,
    /** 富锦市, a county-level city. */
    FUJIN,
    /** 同江市, a county-level city on the Russian border. */
    TONGJIANG,
    /** 抚远市, a county-level city on the Russian border. */
    FUYUAN,
    /** 桦南县 */
    HUANAN,
    /** 桦川县 */
    HUACHUAN,
    /** 汤原县 */
    TANGYUAN,
    /** Outside Jiamusi, such as a partner in Guangdong or a campus elsewhere in the province. */
    OUTSIDE_CITY
}
