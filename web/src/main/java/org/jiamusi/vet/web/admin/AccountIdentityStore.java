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
import org.jiamusi.vet.cms.account.SignInResult;

/**
 * Checks back-office passwords against the account table through {@link AccountService}, which
 * throttles each address, locks an account for an address after repeated failures and audits every
 * attempt with its address. The roles become the caller's groups, named as
 * {@link org.jiamusi.vet.cms.account.Role} names them. A throttled attempt is marked on the request
 * ({@link #THROTTLED}) so that the sign-in form can say so; Jakarta Security has no result for it.
 * <p>
 * The address is the socket's ({@code getRemoteAddr()}): a forwarded-for header is anyone's to write,
 * so it is trusted only if the server is told to (Undertow's {@code proxy-address-forwarding}, behind
 * a proxy of one's own).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute: the {@link java.time.Duration} a throttled address must wait. */
    public static final String THROTTLED = AccountIdentityStore.class.getName() + ".throttled";

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential typed)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = accounts.signIn(typed.getCaller(), typed.getPasswordAsString(), request.getRemoteAddr());
        if (result.throttled()) {
            request.setAttribute(THROTTLED, result.retryAfter());
        }
        return result.signedIn()
                .map(AccountIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(Actor actor) {
        Set<String> groups = actor.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(actor.username(), groups);
    }
}
