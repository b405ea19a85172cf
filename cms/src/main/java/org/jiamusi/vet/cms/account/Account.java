package org.jiamusi.vet.cms.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jiamusi.vet.i18n.Language;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A back-office user: who they are, what they may do, and their password's hash; the wrong passwords
 * counted against it are kept per address, in {@link AddressLock}. Only {@link AccountService} changes it, so that every change passes its rules and reaches the
 * audit log; the entity itself holds no rules beyond its shape.
 */
@Entity
@Table(name = "account")
public class Account {

    /** Lower-case letters, digits, dot, underscore and hyphen: safe in URLs, logs and the audit log. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";
    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    /** A {@link PasswordHasher} string, which names its own algorithm and cost. */
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = new HashSet<>();

    /** The institution an institution editor works for: the content item id of the institution. */
    @Column(name = "institution_id")
    private Long institutionId;

    /** The languages a translator translates into; never the Chinese source. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_language", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "lang", nullable = false, length = 2)
    private Set<Language> languages = new HashSet<>();

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Set for a password someone else chose (a one-time password); cleared when the user chooses their own. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected Account() {
        // for JPA
    }

    Account(String username, String displayName, String passwordHash, Set<Role> roles, Long institutionId,
            Set<Language> languages, boolean mustChangePassword, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.institutionId = institutionId;
        this.languages.addAll(languages);
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    /** The one acting in the back office under this account, from the address of their request. */
    public Actor toActor(String address) {
        return new Actor(username, roles, institutionId, languages, address);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public Set<Language> getLanguages() {
        return languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void assign(Set<Role> roles, Long institutionId, Set<Language> languages) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.institutionId = institutionId;
        this.languages.clear();
        this.languages.addAll(languages);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    void signedIn(Instant now) {
        this.lastLoginAt = now;
    }
}
