package org.jiamusi.vet.cms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.i18n.Language;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Opens and closes back-office accounts and checks passwords at sign-in.
 * <p>
 * Wrong passwords are throttled per account: after {@value #MAX_FAILED_LOGINS} in a row the account
 * refuses every password, the right one too, for {@link #LOCK_DURATION}; once the lock runs out a
 * single further wrong password locks it again, and only a right one clears the count. That caps
 * online guessing at a few passwords an hour per account, at the price that anyone who knows a
 * username can keep that user out for a while; the audit log shows who tried, from where.
 * <p>
 * A refused password is not an exception: {@link #authenticate} and {@link #changePassword} report
 * it in their result, so that the transaction commits the count, the lock and the audit entry
 * instead of rolling them back. They run in a transaction of their own for the same reason, whatever
 * the caller does afterwards.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final int PASSWORD_MIN = PasswordPolicy.MIN_LENGTH;
    public static final int PASSWORD_MAX = PasswordPolicy.MAX_LENGTH;
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    private Clock clock = Clock.systemUTC();

    private final PasswordHasher hasher = new PasswordHasher();

    /** A hash of no one's password, checked for unknown usernames so that they take as long as known ones. */
    private volatile String decoyHash;

    protected AccountService() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager, transaction and clock. */
    public AccountService(EntityManager em, AuditLog auditLog, Clock clock) {
        this.em = em;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    /** The account of a username, as typed at sign-in: case and full-width letters do not matter. */
    public Optional<Account> find(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", normalize(username))
                .getResultStream()
                .findFirst();
    }

    /**
     * Opens an account; only an administrator may. Refuses, saving nothing, a username that is
     * malformed or taken, a password the {@link PasswordPolicy} refuses, an account
     * without roles, an institution editor without an institution, and translator languages that
     * are missing or include the Chinese source.
     */
    public Account create(Actor admin, NewAccount request) {
        requireAdministrator(admin);
        String username = normalize(request.username());
        validate(username, request);
        if (find(username).isPresent()) {
            throw new InvalidAccountException("username", "account.username.taken");
        }
        Account account = new Account(username, request.displayName().strip(), hasher.hash(request.password()),
                request.roles(), request.institutionId(), request.languages(), request.mustChangePassword(),
                clock.instant());
        em.persist(account);
        auditLog.record(admin, "user.create", null, null, describe(account));
        return account;
    }

    /**
     * Lets an account sign in again, or stops it from signing in; only an administrator may. The last
     * enabled administrator cannot be disabled: nobody could then enable anyone again.
     */
    public Account setEnabled(Actor admin, String username, boolean enabled) {
        requireAdministrator(admin);
        Account account = find(username).orElseThrow(() -> new InvalidAccountException("username", "account.notFound"));
        if (account.isEnabled() == enabled) {
            return account;
        }
        if (!enabled && account.has(Role.ADMINISTRATOR) && enabledAdministrators() <= 1) {
            throw new InvalidAccountException("enabled", "account.lastAdministrator");
        }
        account.setEnabled(enabled);
        auditLog.record(admin, enabled ? "user.enable" : "user.disable", null, null, account.getUsername());
        return account;
    }

    /** Every account, by username. */
    public java.util.List<Account> all() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    /**
     * Changes what an account may do: its roles, the institution of an institution editor and the
     * languages of a translator, checked by the same rules as a new account; only an administrator
     * may, and the last enabled administrator keeps that role. Audited as {@code user.roles}.
     */
    public Account changeRoles(Actor admin, String username, Set<Role> roles, Long institutionId, Set<Language> languages) {
        requireAdministrator(admin);
        Account account = find(username).orElseThrow(() -> new InvalidAccountException("username", "account.notFound"));
        Set<Role> newRoles = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        Set<Language> newLanguages = languages == null || languages.isEmpty() ? Set.of() : EnumSet.copyOf(languages);
        checkAssignment(newRoles, institutionId, newLanguages);
        if (account.has(Role.ADMINISTRATOR) && !newRoles.contains(Role.ADMINISTRATOR) && account.isEnabled()
                && enabledAdministrators() <= 1) {
            throw new InvalidAccountException("roles", "account.lastAdministrator");
        }
        String before = describe(account);
        account.assign(newRoles, institutionId, newLanguages);
        auditLog.record(admin, "user.roles", null, null, before + " -> " + describe(account));
        return account;
    }

    /**
     * Checks a password at sign-in. On success the actor is returned, the failure count cleared and
     * a hash made at a lower cost than today's replaced; every attempt is audited ("login",
     * "login.failed", "login.locked", "login.disabled") with the address it came from. The result
     * is empty alike for an unknown username, a wrong password, a locked and a disabled account,
     * so a caller cannot tell which usernames exist.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Actor> authenticate(String username, String password, String address) {
        return checkPassword(username, password, address, "login").map(account -> {
            account.signedIn(clock.instant());
            if (hasher.needsRehash(account.getPasswordHash())) {
                account.setPasswordHash(hasher.hash(password));
            }
            Actor actor = account.toActor(address);
            auditLog.record(actor, "login", null, null, null);
            return actor;
        });
    }

    /**
     * Replaces a password after checking the current one, and clears {@link Account#isMustChangePassword()}.
     * A new password that breaks the policy or equals the current one is refused with an exception
     * and nothing happens. A wrong current password counts towards the lock like a wrong password at
     * sign-in (audited "password.change.failed"), so this returns false rather than throwing.
     *
     * @return whether the password was changed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean changePassword(String username, String oldPassword, String newPassword, String address) {
        String name = normalize(username);
        checkPasswordPolicy(name, find(name).map(Account::getDisplayName).orElse(null), newPassword, "newPassword");
        if (newPassword.equals(oldPassword)) {
            throw new InvalidAccountException("newPassword", "account.password.unchanged");
        }
        Optional<Account> checked = checkPassword(name, oldPassword, address, "password.change");
        checked.ifPresent(account -> {
            account.setPasswordHash(hasher.hash(newPassword));
            account.setMustChangePassword(false);
            auditLog.record(account.getUsername(), address, "password.changed", null, null, null);
        });
        return checked.isPresent();
    }

    /**
     * The password check shared by sign-in and password change: finds the account, counts a wrong
     * password and locks after too many, and audits every refusal as {@code <action>.failed},
     * {@code .locked} or {@code .disabled}. Empty when the password is refused.
     */
    private Optional<Account> checkPassword(String typedUsername, String password, String address, String action) {
        String username = normalize(typedUsername);
        Instant now = clock.instant();
        Optional<Account> found = findForUpdate(username);
        // One hash on every path, so the response time does not tell an unknown, locked or
        // disabled account from one with a wrong password.
        boolean matches = hasher.verify(password, found.map(Account::getPasswordHash).orElseGet(this::decoyHash));
        if (found.isEmpty()) {
            String recorded = username.length() <= Account.USERNAME_MAX ? username : username.substring(0, Account.USERNAME_MAX);
            auditLog.record(recorded, address, action + ".failed", null, null, "unknown account");
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.isEnabled()) {
            auditLog.record(username, address, action + ".disabled", null, null, null);
            return Optional.empty();
        }
        if (account.isLockedAt(now)) {
            auditLog.record(username, address, action + ".locked", null, null, "locked until " + account.getLockedUntil());
            return Optional.empty();
        }
        if (!matches) {
            int failures = account.passwordRefused();
            String detail = "failure " + failures + " in a row";
            if (failures >= MAX_FAILED_LOGINS) {
                Instant until = now.plus(LOCK_DURATION);
                account.lockUntil(until);
                detail += ", locked until " + until;
            }
            auditLog.record(username, address, action + ".failed", null, null, detail);
            return Optional.empty();
        }
        account.passwordConfirmed();
        return Optional.of(account);
    }

    /**
     * The account with its row locked until the transaction ends, so that concurrent attempts on one
     * account are counted one after the other and none slips past the limit.
     */
    private Optional<Account> findForUpdate(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            byte[] noOnesPassword = new byte[16];
            new SecureRandom().nextBytes(noOnesPassword);
            hash = hasher.hash(HexFormat.of().formatHex(noOnesPassword));
            decoyHash = hash;
        }
        return hash;
    }

    private long enabledAdministrators() {
        return em.createQuery("""
                        select count(a) from Account a join a.roles r
                        where r = :role and a.enabled = true""", Long.class)
                .setParameter("role", Role.ADMINISTRATOR)
                .getSingleResult();
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(actor.username(), "account.notPermitted");
        }
    }

    private static void validate(String username, NewAccount request) {
        if (!username.matches(Account.USERNAME_PATTERN)) {
            throw new InvalidAccountException("username", "account.username.invalid");
        }
        String displayName = request.displayName();
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidAccountException("displayName", "account.displayName.required");
        }
        if (displayName.strip().length() > Account.DISPLAY_NAME_MAX) {
            throw new InvalidAccountException("displayName", "account.displayName.tooLong");
        }
        checkPasswordPolicy(username, displayName.strip(), request.password(), "password");
        checkAssignment(request.roles(), request.institutionId(), request.languages());
    }

    /** The rules on roles, institution and languages, for a new account and for a change of roles. */
    private static void checkAssignment(Set<Role> roles, Long institutionId, Set<Language> languages) {
        if (roles.isEmpty()) {
            throw new InvalidAccountException("roles", "account.roles.required");
        }
        // An institution only limits an institution editor; on anyone else it would be read as a
        // limit that is not enforced.
        if (roles.contains(Role.INSTITUTION_EDITOR) && institutionId == null) {
            throw new InvalidAccountException("institutionId", "account.institution.required");
        }
        if (!roles.contains(Role.INSTITUTION_EDITOR) && institutionId != null) {
            throw new InvalidAccountException("institutionId", "account.institution.notInstitutionEditor");
        }
        // Translators translate from the Chinese source, never into it.
        if (languages.contains(Language.SOURCE)) {
            throw new InvalidAccountException("languages", "account.languages.source");
        }
        if (roles.contains(Role.TRANSLATOR) && languages.isEmpty()) {
            throw new InvalidAccountException("languages", "account.languages.required");
        }
        if (!roles.contains(Role.TRANSLATOR) && !languages.isEmpty()) {
            throw new InvalidAccountException("languages", "account.languages.notTranslator");
        }
    }

    /** The password policy, {@link PasswordPolicy}'s, as a refusal that names the field. */
    private static void checkPasswordPolicy(String username, String displayName, String password, String field) {
        String refusal = PasswordPolicy.refusal(username, displayName, password);
        if (refusal != null) {
            throw new InvalidAccountException(field, refusal);
        }
    }

    /**
     * A username as stored: NFKC folds the full-width letters a Chinese input method may type, and
     * usernames are lower case.
     */
    private static String normalize(String username) {
        return username == null ? "" : Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static String describe(Account account) {
        StringBuilder detail = new StringBuilder(account.getUsername()).append(": ").append(EnumSet.copyOf(account.getRoles()));
        if (account.getInstitutionId() != null) {
            detail.append(", institution ").append(account.getInstitutionId());
        }
        if (!account.getLanguages().isEmpty()) {
            detail.append(", languages ").append(EnumSet.copyOf(account.getLanguages()));
        }
        return detail.toString();
    }
}
