package org.jiamusi.vet.cms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.TextCharacters;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Opens and closes back-office accounts and checks passwords at sign-in.
 * <p>
 * Wrong passwords are counted per account <em>and address</em> ({@link AddressLock}): after
 * {@value #MAX_FAILED_LOGINS} in a row from one address the account refuses every password from
 * there, the right one too, for {@link #LOCK_DURATION}; once the lock runs out a single further wrong
 * password locks it again, and only a right one from there clears the count (a day without a wrong
 * one forgets it). A stranger who locks an account thus locks it only for themselves: its owner signs
 * in from their own address, and an administrator can {@link #unlock} it. On top of that each address
 * may try only so fast, whichever accounts it tries ({@link SignInThrottle}), and the password policy
 * ({@link PasswordPolicy}) keeps passwords out of reach of what guessing from many addresses at once
 * can try; the audit log shows who tried, from where.
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
    /** Wrong passwords in a row from one address that lock the account for that address. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** How long a count of wrong passwords from an address that never reached a lock is kept. */
    static final Duration FAILURE_MEMORY = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SignInThrottle throttle;

    private Clock clock = Clock.systemUTC();

    private final PasswordHasher hasher = new PasswordHasher();

    /** A hash of no one's password, checked for unknown usernames so that they take as long as known ones. */
    private volatile String decoyHash;

    protected AccountService() {
        // for CDI
    }

    /**
     * For callers outside a container, which bring their own entity manager, transaction and clock;
     * sign-in is not throttled.
     */
    public AccountService(EntityManager em, AuditLog auditLog, Clock clock) {
        this(em, auditLog, clock, SignInThrottle.unlimited());
    }

    /** For callers outside a container that sign people in, with the throttle they share across transactions. */
    public AccountService(EntityManager em, AuditLog auditLog, Clock clock, SignInThrottle throttle) {
        this.em = em;
        this.auditLog = auditLog;
        this.clock = clock;
        this.throttle = throttle;
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
    public List<Account> all() {
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
     * Checks a password at sign-in. An address that has used up its allowance ({@link SignInThrottle})
     * is refused before any password is checked, with the time to wait. Otherwise, on success the
     * actor is returned, the count of wrong passwords from that address cleared and a hash made at a
     * lower cost than today's replaced; every attempt is audited ("login", "login.failed",
     * "login.locked", "login.disabled", "login.throttled") with the address it came from. The result
     * is refused alike for an unknown username, a wrong password, a locked and a disabled account,
     * so a caller cannot tell which usernames exist.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInResult signIn(String username, String password, String address) {
        Duration wait = throttle.tryAttempt(address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            auditLog.record(recorded(normalize(username)), address, "login.throttled", null, null,
                    "too many attempts from this address, next in " + seconds + " s");
            return SignInResult.throttled(wait);
        }
        Optional<Actor> signedIn = checkPassword(username, password, address, "login").map(account -> {
            account.signedIn(clock.instant());
            if (hasher.needsRehash(account.getPasswordHash())) {
                account.setPasswordHash(hasher.hash(password));
            }
            Actor actor = account.toActor(address);
            auditLog.record(actor, "login", null, null, null);
            return actor;
        });
        if (signedIn.isEmpty()) {
            return SignInResult.refused();
        }
        // Only failures use up an address's allowance, so that a school's staff behind one address can all sign in.
        throttle.refund(address);
        return SignInResult.signedIn(signedIn.get());
    }

    /** {@link #signIn}, for callers that need not tell a throttled address from a refused password. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Actor> authenticate(String username, String password, String address) {
        return signIn(username, password, address).signedIn();
    }

    /**
     * Clears every lock and count of wrong passwords of an account, from whatever address; only an
     * administrator may. Audited as {@code user.unlock} with the number of addresses cleared.
     *
     * @return how many addresses were locked out of the account at this instant
     */
    public int unlock(Actor admin, String username) {
        requireAdministrator(admin);
        // The account's row lock keeps a sign-in attempt from counting into a lock being cleared.
        Account account = findForUpdate(normalize(username))
                .orElseThrow(() -> new InvalidAccountException("username", "account.notFound"));
        Instant now = clock.instant();
        List<AddressLock> locks = em.createQuery("select l from AddressLock l where l.accountId = :account", AddressLock.class)
                .setParameter("account", account.getId())
                .getResultList();
        int locked = (int) locks.stream().filter(lock -> lock.isLockedAt(now)).count();
        locks.forEach(em::remove);
        auditLog.record(admin, "user.unlock", null, null, account.getUsername() + ": " + locked + " locked, "
                + locks.size() + " counted addresses cleared");
        return locked;
    }

    /** The accounts locked for at least one address at this instant, by username, with how many addresses. */
    public Map<String, Long> lockedAccounts() {
        Map<String, Long> locked = new TreeMap<>();
        em.createQuery("""
                        select a.username, count(l) from AddressLock l, Account a
                        where a.id = l.accountId and l.lockedUntil > :now
                        group by a.username""", Object[].class)
                .setParameter("now", clock.instant())
                .getResultList()
                .forEach(row -> locked.put((String) row[0], (Long) row[1]));
        return locked;
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
     * password against the account and address and locks that pair after too many, and audits every
     * refusal as {@code <action>.failed}, {@code .locked} or {@code .disabled}. Empty when the password
     * is refused.
     */
    private Optional<Account> checkPassword(String typedUsername, String password, String address, String action) {
        String username = normalize(typedUsername);
        Instant now = clock.instant();
        Optional<Account> found = findForUpdate(username);
        // One hash on every path, so the response time does not tell an unknown, locked or
        // disabled account from one with a wrong password.
        boolean matches = hasher.verify(password, found.map(Account::getPasswordHash).orElseGet(this::decoyHash));
        if (found.isEmpty()) {
            auditLog.record(recorded(username), address, action + ".failed", null, null, "unknown account");
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.isEnabled()) {
            auditLog.record(username, address, action + ".disabled", null, null, null);
            return Optional.empty();
        }
        // The account's row is locked, so attempts on it from any address are counted one after the other.
        forgetOldFailures(account, now);
        AddressLock lock = em.find(AddressLock.class, new AddressLock.Key(account.getId(), SignInAddress.of(address)));
        if (lock != null && lock.isLockedAt(now)) {
            auditLog.record(username, address, action + ".locked", null, null,
                    "locked for this address until " + lock.getLockedUntil());
            return Optional.empty();
        }
        if (!matches) {
            boolean first = lock == null;
            if (first) {
                lock = new AddressLock(account.getId(), SignInAddress.of(address));
            }
            int failures = lock.refused(now);
            if (first) {
                em.persist(lock);
            }
            String detail = "failure " + failures + " in a row from this address";
            if (failures >= MAX_FAILED_LOGINS) {
                Instant until = now.plus(LOCK_DURATION);
                lock.lockUntil(until);
                detail += ", locked for this address until " + until;
            }
            auditLog.record(username, address, action + ".failed", null, null, detail);
            return Optional.empty();
        }
        if (lock != null) {
            em.remove(lock);
        }
        return Optional.of(account);
    }

    /** Drops the counts of an account's addresses that have not failed for a day and are not locked. */
    private void forgetOldFailures(Account account, Instant now) {
        em.createQuery("""
                        delete from AddressLock l where l.accountId = :account and l.lastFailureAt < :forgotten
                        and (l.lockedUntil is null or l.lockedUntil <= :now)""")
                .setParameter("account", account.getId())
                .setParameter("forgotten", now.minus(FAILURE_MEMORY))
                .setParameter("now", now)
                .executeUpdate();
    }

    /** A typed username as the audit log can hold it. */
    private static String recorded(String username) {
        return username.length() <= Account.USERNAME_MAX ? username : username.substring(0, Account.USERNAME_MAX);
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
            throw new AccessDeniedException("account.notPermitted", actor.username());
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
        if (!TextCharacters.allowed(displayName)) {
            throw new InvalidAccountException("displayName", "account.displayName.forbiddenCharacter");
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
