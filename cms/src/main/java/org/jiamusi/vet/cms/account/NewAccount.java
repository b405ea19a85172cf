package org.jiamusi.vet.cms.account;

import org.jiamusi.vet.i18n.Language;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an administrator fills in to open an account; {@link AccountService#create} checks it.
 *
 * @param password           the initial password in clear, hashed before it is stored
 * @param institutionId      the content item id of the institution, required for an institution editor
 * @param languages          the languages a translator translates into
 * @param mustChangePassword whether the user must choose their own password at first sign-in
 */
public record NewAccount(String username, String displayName, String password, Set<Role> roles,
                         Long institutionId, Set<Language> languages, boolean mustChangePassword) {

    public NewAccount {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        languages = languages == null || languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
    }

    /** Leaves the password out, so that logging the request never logs it. */
    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", displayName=" + displayName + ", roles=" + roles
                + ", institutionId=" + institutionId + ", languages=" + languages
                + ", mustChangePassword=" + mustChangePassword + "]";
    }
}
