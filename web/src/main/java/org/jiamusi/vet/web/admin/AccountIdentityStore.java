package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiamusi.vet.cms.account.AccountService;
import org.jiamusi.vet.cms.account.Actor;

/**
 * Checks back-office passwords against the account table through {@link AccountService}, which
 * throttles repeated failures, locks the account and audits every attempt with its address. The
 * roles become the caller's groups, named as {@link org.jiamusi.vet.cms.account.Role} names them.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential typed)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(typed.getCaller(), typed.getPasswordAsString(), request.getRemoteAddr())
                .map(AccountIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(Actor actor) {
        Set<String> groups = actor.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(actor.username(), groups);
    }
}
