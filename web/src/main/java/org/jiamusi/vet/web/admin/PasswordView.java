package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.cms.account.AccountService;
import org.jiamusi.vet.cms.account.InvalidAccountException;

/**
 * Changing one's own password, which the first administrator must do before anything else when
 * the account was opened with a one-time password ({@link SignedInAccountFilter}). The policy
 * and the lock after wrong current passwords are {@link AccountService}'s.
 */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    AccountService accounts;

    @Inject
    AdminSession session;

    @Inject
    AdminMessages am;

    @Inject
    HttpServletRequest request;

    private String current;
    private String replacement;
    private String repeated;

    public boolean isMustChange() {
        return session.isSignedIn() && session.account().isMustChangePassword();
    }

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (replacement == null || !replacement.equals(repeated)) {
            faces.addMessage("password:repeated", new FacesMessage(FacesMessage.SEVERITY_ERROR, am.get("password.mismatch"), null));
            return;
        }
        try {
            boolean changed = accounts.changePassword(session.account().getUsername(), current, replacement, request.getRemoteAddr());
            if (changed) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, am.get("password.changed"), null));
            } else {
                faces.addMessage("password:current", new FacesMessage(FacesMessage.SEVERITY_ERROR, am.get("password.wrong"), null));
            }
        } catch (InvalidAccountException e) {
            faces.addMessage("password:replacement", new FacesMessage(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()), null));
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
