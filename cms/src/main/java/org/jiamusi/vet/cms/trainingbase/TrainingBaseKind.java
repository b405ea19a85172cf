package org.jiamusi.vet.cms.trainingbase;

/** What kind of practical-training place it is. */
public enum TrainingBaseKind {
    /** 实训基地: a training base of a school or shared between schools. */
    TRAINING_BASE,
    /** 公共实践中心: a practice centre open to several schools and companies. */
    PUBLIC_PRACTICE_CENTRE,
    /** 产教融合型企业: a company recognised for industry–education integration. */
    INDUSTRY_EDUCATION_ENTERPRISE
}
