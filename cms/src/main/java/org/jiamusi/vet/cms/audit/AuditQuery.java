package org.jiamusi.vet.cms.audit;

import java.time.Instant;

/**
 * What the audit log page filters on; every part may be null (no filter).
 *
 * @param action an action ({@code workflow.publish}) or a family of them ({@code login} also finds {@code login.failed})
 * @param from   from this instant, inclusive
 * @param to     until this instant, exclusive
 */
public record AuditQuery(String username, String action, Long itemId, Instant from, Instant to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }

    public AuditQuery {
        username = blankToNull(username);
        action = blankToNull(action);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
