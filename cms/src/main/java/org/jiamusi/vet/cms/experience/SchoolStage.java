package org.jiamusi.vet.cms.experience;

/** The school stages a career-experience course can suit, by which pupils browse the courses. */
public enum SchoolStage {
    /** 小学 */
    PRIMARY,
    /** 初中 */
    JUNIOR_MIDDLE,
    /** 高中 */
    SENIOR_MIDDLE;

    /** Whether a course suits pupils at this stage. */
    public boolean suits(PublishedCourse course) {
        return switch (this) {
            case PRIMARY -> course.forPrimary();
            case JUNIOR_MIDDLE -> course.forJuniorMiddle();
            case SENIOR_MIDDLE -> course.forSeniorMiddle();
        };
    }

    /** The JPQL condition on a course aliased {@code c}; the names are fixed, never the reader's input. */
    String condition() {
        return switch (this) {
            case PRIMARY -> "c.forPrimary = true";
            case JUNIOR_MIDDLE -> "c.forJuniorMiddle = true";
            case SENIOR_MIDDLE -> "c.forSeniorMiddle = true";
        };
    }
}
