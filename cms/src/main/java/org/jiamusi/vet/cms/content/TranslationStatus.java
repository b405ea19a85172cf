package org.jiamusi.vet.cms.content;

/** Where an item's translation into one language stands against the Chinese source. */
public enum TranslationStatus {
    /** No text in that language yet. */
    MISSING,
    /** Made from an older revision of the source, which has changed since. */
    OUTDATED,
    /** Made from, or reviewed against, the current source. */
    UP_TO_DATE
}
