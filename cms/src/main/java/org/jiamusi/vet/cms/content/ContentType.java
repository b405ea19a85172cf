package org.jiamusi.vet.cms.content;

import java.util.Optional;

/** The kinds of content the site publishes. */
public enum ContentType {
    INSTITUTION("institution"),
    PROGRAMME("programme"),
    EXPERIENCE_CENTRE("experience-centre"),
    EXPERIENCE_COURSE("experience-course"),
    SESSION("session"),
    EVENT("event"),
    TRAINING_BASE("training-base"),
    COOPERATION_PROJECT("cooperation"),
    NEWS_ARTICLE("news"),
    PAGE("page"),
    MEDIA_ITEM("media");

    private final String code;

    ContentType(String code) {
        this.code = code;
    }

    /** The stable name used in URLs, seed folders, the audit log and the JSON API. */
    public String code() {
        return code;
    }

    public static Optional<ContentType> ofCode(String code) {
        for (ContentType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
