package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.jiamusi.vet.cms.account.Account;
import org.jiamusi.vet.cms.account.AccountService;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.LocaleNegotiator;
import org.jiamusi.vet.web.infra.LanguageFilter;

/**
 * The back-office user's session: the language they chose for the back office (independent of the
 * public site's URL language) and who they are. The actor is read from the account on every
 * request, so a role taken away or an account disabled counts at once, not at the next sign-in.
 */
@Named("admin")
@SessionScoped
public class AdminSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient HttpServletRequest request;

    private Language language;

    /** The back office's language: the one chosen, else the public site's remembered one or the browser's. */
    public Language getLanguage() {
        if (language == null) {
            String remembered = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                    .filter(c -> LanguageFilter.LANGUAGE_COOKIE.equals(c.getName()))
                    .map(Cookie::getValue).findFirst().orElse(null);
            language = LocaleNegotiator.negotiate(remembered, request.getHeader("Accept-Language"));
        }
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getLang() {
        return getLanguage().code();
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    /** The signed-in account; refused (403) when the account has gone or been disabled since sign-in. */
    public Account account() {
        if (request.getUserPrincipal() == null) {
            throw new NotSignedInException();
        }
        return accounts.find(request.getUserPrincipal().getName())
                .filter(Account::isEnabled)
                .orElseThrow(NotSignedInException::new);
    }

    /** The signed-in user as the cms services take them, acting from this request's address. */
    public Actor actor() {
        return account().toActor(request.getRemoteAddr());
    }

    public String getDisplayName() {
        return isSignedIn() ? account().getDisplayName() : "";
    }

    public boolean has(String role) {
        return isSignedIn() && actor().has(Role.valueOf(role));
    }

    /** Ends the sign-in and the session, and goes back to the sign-in page. */
    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Language kept = getLanguage();
        request.logout();
        external.invalidateSession();
        // The sign-in page takes the language from the address, since the session that held it is gone.
        external.redirect(external.getRequestContextPath() + AdminSecurity.LOGIN_PAGE + "?signedOut=true&lang=" + kept.code());
    }

    /** The user's account is gone or disabled: the request is refused as if never signed in. */
    public static class NotSignedInException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
