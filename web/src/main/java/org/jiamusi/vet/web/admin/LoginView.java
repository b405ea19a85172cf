package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jiamusi.vet.cms.account.AccountService;
import org.jiamusi.vet.cms.account.SignInThrottle;
import org.jiamusi.vet.i18n.Language;

/**
 * The sign-in form. A refused sign-in says the same thing for an unknown user, a wrong password and
 * a locked account (so the form does not tell which user names exist), and says that repeated
 * failures lock the account for a while. An address that tried too often ({@link SignInThrottle}) is
 * told so instead, with how long to wait, and gets the form with HTTP 429 and {@code Retry-After}:
 * that depends on the address only, never on the user name.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    AdminSession session;

    @Inject
    AdminMessages am;

    @Inject
    SignInThrottle throttle;

    private String username;
    private String password;

    /** Takes the language from the address ({@code ?lang=ru}), as after signing out. */
    public void onLoad() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        Language.ofCode(parameters.get("lang")).ifPresent(session::setLanguage);
        if (!faces.isPostback() && "true".equals(parameters.get("signedOut"))) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, am.get("login.signedOut"), null));
        }
        if (!faces.isPostback() && "true".equals(parameters.get("throttled"))) {
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            long seconds = Math.max(1, (throttle.waitFor(request.getRemoteAddr()).toMillis() + 999) / 1000);
            faces.getExternalContext().setResponseStatus(429);
            faces.getExternalContext().setResponseHeader("Retry-After", Long.toString(seconds));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    am.format("login.tooManyAttempts", "seconds", seconds), null));
        }
        if (!faces.isPostback() && "true".equals(parameters.get("refused"))) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, am.get("login.refused"),
                    am.format("login.throttled", Map.of("count", AccountService.MAX_FAILED_LOGINS,
                            "minutes", AccountService.LOCK_DURATION.toMinutes()))));
        }
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A session id someone else may know (planted before sign-in) must not become a signed-in
        // one: the session gets a new id before the sign-in is attached to it. Afterwards is too late
        // when the mechanism has already sent its redirect, and the new cookie with it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(
                request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + AdminSecurity.HOME);
            default -> {
                // A refused sign-in leaves the form mechanism's state in the session, after which it
                // answers protected pages with nothing: start a fresh session and show the form again.
                String lang = session.getLang();
                boolean throttled = external.getRequestMap().get(AccountIdentityStore.THROTTLED) != null;
                external.invalidateSession();
                external.redirect(external.getRequestContextPath() + AdminSecurity.LOGIN_PAGE
                        + (throttled ? "?throttled=true" : "?refused=true") + "&lang=" + lang);
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
