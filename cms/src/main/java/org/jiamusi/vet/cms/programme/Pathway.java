package org.jiamusi.vet.cms.programme;

/** A through-training pathway that carries a student from one level to the next without a new entrance exam. */
public enum Pathway {
    NONE,
    /** 3+2: three years of secondary vocational school, then two years of higher vocational college. */
    THREE_PLUS_TWO,
    /** 五年一贯制: one five-year programme from secondary to higher vocational level. */
    FIVE_YEAR,
    /** 高本贯通: higher vocational college continuing into an undergraduate programme. */
    HIGHER_TO_UNDERGRADUATE,
    /** 中高本贯通: secondary, higher vocational and undergraduate levels in one pathway. */
    SECONDARY_HIGHER_UNDERGRADUATE
}
