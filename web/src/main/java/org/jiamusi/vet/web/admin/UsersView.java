package org.jiamusi.vet.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.account.Account;
import org.jiamusi.vet.cms.account.AccountService;
import org.jiamusi.vet.cms.account.InvalidAccountException;
import org.jiamusi.vet.cms.account.NotPermittedException;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.i18n.Language;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Users and roles: every account, and for the chosen one its roles, institution and languages, and whether it may sign in. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    AdminSession session;

    @Inject
    transient AdminMessages am;

    private String chosen;
    private List<String> roles = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private Long institutionId;

    public List<Account> getAccounts() {
        return accounts.all();
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<Language> getTargetLanguages() {
        return List.of(Language.RU, Language.EN);
    }

    public void choose(String username) {
        accounts.find(username).ifPresent(a -> {
            chosen = a.getUsername();
            roles = new ArrayList<>(a.getRoles().stream().map(Role::name).sorted().toList());
            languages = new ArrayList<>(a.getLanguages().stream().map(Language::code).sorted().toList());
            institutionId = a.getInstitutionId();
        });
    }

    public void save() {
        if (chosen == null) {
            return;
        }
        try {
            Set<Role> newRoles = EnumSet.noneOf(Role.class);
            roles.forEach(r -> newRoles.add(Role.valueOf(r)));
            Set<Language> newLanguages = EnumSet.noneOf(Language.class);
            languages.forEach(l -> Language.ofCode(l).ifPresent(newLanguages::add));
            accounts.changeRoles(session.actor(), chosen, newRoles, institutionId, newLanguages);
            message(FacesMessage.SEVERITY_INFO, am.format("users.saved", "name", chosen));
        } catch (InvalidAccountException e) {
            message(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()));
        } catch (NotPermittedException e) {
            message(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()));
        }
    }

    public void setEnabled(String username, boolean enabled) {
        try {
            accounts.setEnabled(session.actor(), username, enabled);
            message(FacesMessage.SEVERITY_INFO, enabled ? am.format("users.enabled", "name", username) : am.format("users.disabled", "name", username));
        } catch (InvalidAccountException e) {
            message(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()));
        } catch (NotPermittedException e) {
            message(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()));
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getChosen() {
        return chosen;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }
}
