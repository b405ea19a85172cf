package org.jiamusi.vet.cms.translation;

/**
 * What an import did with one unit (one translatable field of one item).
 *
 * @param itemId the item the unit belongs to, null when the file did not name one
 * @param field  the field, null for a refusal of a whole file or document
 * @param reason for a refusal, why: one of the {@code xliff.refused.*} message keys; else null
 * @param detail a short technical detail for the report (a parser message, a violation key), or null
 */
public record UnitResult(Long itemId, String ref, String field, Outcome outcome, String reason, String detail) {

    public enum Outcome { CHANGED, UNCHANGED, REFUSED }

    static UnitResult refused(Long itemId, String ref, String field, String reason, String detail) {
        return new UnitResult(itemId, ref, field, Outcome.REFUSED, reason, detail);
    }
}
