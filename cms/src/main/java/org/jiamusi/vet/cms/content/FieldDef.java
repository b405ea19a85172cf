package org.jiamusi.vet.cms.content;

/**
 * One field of a content type. A translatable field has a value per language (Chinese is the
 * source); the others have one value for all languages.
 *
 * @param maxLength  longest value accepted, in characters (0: no limit beyond the kind's own)
 * @param enumType   the enum of an {@link FieldKind#ENUM} field
 * @param references the type a {@link FieldKind#REFERENCE} or {@link FieldKind#REFERENCES} field points to
 */
public record FieldDef(String name, FieldKind kind, boolean translatable, boolean required, int maxLength,
                       Class<? extends Enum<?>> enumType, ContentType references) {

    public static FieldDef text(String name, int maxLength) {
        return new FieldDef(name, FieldKind.TEXT, true, false, maxLength, null, null);
    }

    public static FieldDef longText(String name, int maxLength) {
        return new FieldDef(name, FieldKind.LONG_TEXT, true, false, maxLength, null, null);
    }

    public static FieldDef richText(String name, int maxLength) {
        return new FieldDef(name, FieldKind.RICH_TEXT, true, false, maxLength, null, null);
    }

    public static FieldDef fact(String name, FieldKind kind, int maxLength) {
        return new FieldDef(name, kind, false, false, maxLength, null, null);
    }

    public static FieldDef choice(String name, Class<? extends Enum<?>> enumType) {
        return new FieldDef(name, FieldKind.ENUM, false, false, 60, enumType, null);
    }

    public static FieldDef reference(String name, ContentType type) {
        return new FieldDef(name, FieldKind.REFERENCE, false, false, 20, null, type);
    }

    public static FieldDef references(String name, ContentType type) {
        return new FieldDef(name, FieldKind.REFERENCES, false, false, 2000, null, type);
    }

    /** The same field, required (for a translatable field: required in the Chinese source). */
    public FieldDef asRequired() {
        return new FieldDef(name, kind, translatable, true, maxLength, enumType, references);
    }
}
