package org.jiamusi.vet.cms.account;

import org.jiamusi.vet.i18n.Language;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one acting on content: a signed-in user with their roles, institution and languages, and the
 * address they act from (for the audit log). Services take it explicitly, so every rule about who
 * may do what is checked in the service, whatever the caller.
 *
 * @param institutionId the content item id of the institution an institution editor works for, else null
 * @param languages     the languages a translator translates into
 */
public record Actor(String username, Set<Role> roles, Long institutionId, Set<Language> languages, String address) {

    /** The name the system acts under when it loads seed content or runs scheduled publishing. */
    public static final String SYSTEM = "system";

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
    }

    /** The system itself, with every right: seed loading, scheduled publishing. */
    public static Actor system() {
        return new Actor(SYSTEM, EnumSet.allOf(Role.class), null, EnumSet.allOf(Language.class), "localhost");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
