package org.jiamusi.vet.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.account.Account;
import org.jiamusi.vet.cms.account.AccountService;
import org.jiamusi.vet.cms.account.InvalidAccountException;
import org.jiamusi.vet.cms.account.NewAccount;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.content.ContentLists;
import org.jiamusi.vet.i18n.Language;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Users and roles: every account, and for the chosen one its roles, institution and languages, and
 * whether it may sign in; and a form that opens a new account. The account rules (user name, password
 * policy, which role needs an institution or languages) are the service's: a refusal is shown next to
 * the field it names, in the administrator's language, and nothing is saved.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient ContentLists lists;

    @Inject
    AdminSession session;

    @Inject
    transient AdminMessages am;

    private String chosen;
    private List<String> roles = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private Long institutionId;

    private static final String LOCKED = UsersView.class.getName() + ".locked";

    /** Which input of the new-account form shows a refusal about which field of the service. */
    private static final Map<String, String> NEW_ACCOUNT_INPUTS = Map.of(
            "username", "create:newUsername", "displayName", "create:newDisplayName",
            "password", "create:newPassword", "roles", "create:newRoles",
            "institutionId", "create:newInstitution", "languages", "create:newLanguages");

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();
    private List<String> newLanguages = new ArrayList<>();
    private Long newInstitutionId;

    public List<Account> getAccounts() {
        return accounts.all();
    }

    /**
     * The accounts locked for some address now, by username, with how many addresses; read once a
     * request (not once a view: a lock starts and runs out while the page stays open).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Long> getLocked() {
        return (Map<String, Long>) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(LOCKED, key -> accounts.lockedAccounts());
    }

    /** Institutions by id with their Chinese names, for an institution editor's institution. */
    public Map<Long, String> getInstitutions() {
        return lists.institutions();
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
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()));
        }
    }

    /**
     * Opens the account the form describes; audited by the service as {@code user.create}. The
     * administrator chose the password, so the account is marked to choose its own at first sign-in.
     */
    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Set<Role> roleSet = EnumSet.noneOf(Role.class);
            newRoles.forEach(r -> roleSet.add(Role.valueOf(r)));
            Set<Language> languageSet = EnumSet.noneOf(Language.class);
            newLanguages.forEach(l -> Language.ofCode(l).ifPresent(languageSet::add));
            Account account = accounts.create(session.actor(), new NewAccount(newUsername == null ? "" : newUsername,
                    newDisplayName, newPassword, roleSet, newInstitutionId, languageSet, true));
            message(FacesMessage.SEVERITY_INFO, am.format("users.created", "name", account.getUsername()));
            newUsername = null;
            newDisplayName = null;
            newPassword = null;
            newRoles = new ArrayList<>();
            newLanguages = new ArrayList<>();
            newInstitutionId = null;
        } catch (InvalidAccountException e) {
            String input = NEW_ACCOUNT_INPUTS.get(e.field());
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()), null));
            message(FacesMessage.SEVERITY_ERROR, am.get("users.create.refused"));
            faces.validationFailed();
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()));
        }
    }

    public void setEnabled(String username, boolean enabled) {
        try {
            accounts.setEnabled(session.actor(), username, enabled);
            message(FacesMessage.SEVERITY_INFO, enabled ? am.format("users.enabled", "name", username) : am.format("users.disabled", "name", username));
        } catch (InvalidAccountException e) {
            message(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()));
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()));
        }
    }

    /** Clears the account's locks and counts of wrong passwords from every address; audited by the service as {@code user.unlock}. */
    public void unlock(String username) {
        try {
            accounts.unlock(session.actor(), username);
            FacesContext.getCurrentInstance().getAttributes().remove(LOCKED);
            message(FacesMessage.SEVERITY_INFO, am.format("users.unlocked", "name", username));
        } catch (InvalidAccountException e) {
            message(FacesMessage.SEVERITY_ERROR, am.refusal(e.messageKey()));
        } catch (AccessDeniedException e) {
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

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles == null ? new ArrayList<>() : newRoles;
    }

    public List<String> getNewLanguages() {
        return newLanguages;
    }

    public void setNewLanguages(List<String> newLanguages) {
        this.newLanguages = newLanguages == null ? new ArrayList<>() : newLanguages;
    }

    public Long getNewInstitutionId() {
        return newInstitutionId;
    }

    public void setNewInstitutionId(Long newInstitutionId) {
        this.newInstitutionId = newInstitutionId;
    }
}
