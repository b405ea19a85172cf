package org.jiamusi.vet.cms.programme;

/** The level of a programme in China's vocational education system. */
public enum Level {
    /** 中职: secondary vocational education (СПО). */
    SECONDARY_VOCATIONAL,
    /** 高职专科: higher vocational education, associate degree. */
    HIGHER_VOCATIONAL,
    /** 职业本科: vocational undergraduate education. */
    VOCATIONAL_UNDERGRADUATE,
    /** 应用型本科: applied undergraduate education. */
    APPLIED_UNDERGRADUATE
}
