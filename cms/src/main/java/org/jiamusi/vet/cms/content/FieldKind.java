package org.jiamusi.vet.cms.content;

/** What a field holds; drafts keep every value as text, the kind says how to read and check it. */
public enum FieldKind {
    /** One line of text. */
    TEXT,
    /** Plain paragraphs. */
    LONG_TEXT,
    /** HTML written in the back office's editor; sanitised on save. */
    RICH_TEXT,
    /** One constant of an enum, by name. */
    ENUM,
    /** A whole number. */
    INTEGER,
    /** A number with decimals, such as a coordinate. */
    DECIMAL,
    /** An ISO date, {@code 2026-07-15}. */
    DATE,
    /** An ISO time of day, {@code 14:30}. */
    TIME,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** The id of another content item. */
    REFERENCE,
    /** Ids of other content items, comma-separated. */
    REFERENCES,
    /** An http(s) address. */
    URL,
    /** An e-mail address. */
    EMAIL,
    /** A telephone number. */
    PHONE
}
