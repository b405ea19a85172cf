package org.jiamusi.vet.web.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How the back office signs people in: a form of our own at {@value #LOGIN_PAGE} (so that it speaks
 * the editor's language and can say why a sign-in was refused), checked by
 * {@link AccountIdentityStore}. The container remembers the sign-in in the HTTP session, which
 * therefore times out with it ({@code session-timeout} in web.xml). Which URLs need which role is
 * in web.xml; what a role may do to content is checked again by the cms services.
 */
@ApplicationScoped
@DeclareRoles({"ADMINISTRATOR", "EDITOR", "INSTITUTION_EDITOR", "TRANSLATOR", "REVIEWER"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = AdminSecurity.LOGIN_PAGE, errorPage = "", useForwardToLogin = false))
public class AdminSecurity {

    public static final String LOGIN_PAGE = "/admin/login";
    public static final String HOME = "/admin/";
}
