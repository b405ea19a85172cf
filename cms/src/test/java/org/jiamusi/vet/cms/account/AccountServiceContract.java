package org.jiamusi.vet.cms.account;

import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.audit.AuditEntry;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentItems;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.ValidationMessages;
import org.jiamusi.vet.cms.testing.Accounts;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiamusi.vet.cms.testing.Accounts.ADDRESS;
import static org.jiamusi.vet.cms.testing.Accounts.EDITOR;
import static org.jiamusi.vet.cms.testing.Accounts.OTHER_PASSWORD;
import static org.jiamusi.vet.cms.testing.Accounts.PASSWORD;

/**
 * What {@link AccountService} and {@link FirstAdministrator} promise on a real database with the
 * real migrations; run once per database kind by its subclasses. Every test starts without accounts
 * or audit entries, and time stands still at {@link #NOW} unless a test moves it.
 */
abstract class AccountServiceContract extends DatabaseContract {

    static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    static final String NEW_PASSWORD = "a brand-new passphrase";

    /** An address other than {@link Accounts#ADDRESS}: the account's owner, somewhere else. */
    static final String OTHER_ADDRESS = "203.0.113.9";

    private long institutionId;
    /** Shared by every service of a test, as the container's one bean is; its clock is the time of the call. */
    private SignInThrottle throttle;
    private volatile Instant throttleTime = NOW;

    @BeforeAll
    void addTheInstitution() {
        institutionId = inTransaction(em -> ContentItems.persist(em, ContentType.INSTITUTION, "jiamusi-vocational-college", null).getId());
    }

    @BeforeEach
    void noAccountsYet() {
        throttle = new SignInThrottle(10, Duration.ofSeconds(6), () -> throttleTime);
        inTransaction(em -> {
            for (String table : List.of("account_address_lock", "account_language", "account_role", "account", "audit_entry")) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            return null;
        });
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf(), work);
    }

    /** Runs work on the service in one transaction, as the container would, at an instant. */
    <T> T accounts(Instant at, Function<AccountService, T> work) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        throttleTime = at;
        return inTransaction(em -> work.apply(new AccountService(em, new AuditLog(em, clock), clock, throttle)));
    }

    <T> T accounts(Function<AccountService, T> work) {
        return accounts(NOW, work);
    }

    FirstAdministrator.Result bootstrap(Map<String, String> config) {
        return accounts(service -> new FirstAdministrator(service).bootstrap(config::get));
    }

    Optional<Account> find(String username) {
        return accounts(service -> service.find(username));
    }

    Account stored(String username) {
        return find(username).orElseThrow();
    }

    List<AuditEntry> audited(String username, String action) {
        return inTransaction(em -> new AuditLog(em, Clock.fixed(NOW, ZoneOffset.UTC)).latest(username, action, 20));
    }

    long accountCount() {
        return accounts(AccountService::count);
    }

    void createEditor() {
        accounts(service -> service.create(Accounts.administrator(), Accounts.editor()));
    }

    Optional<Actor> signIn(Instant at, String username, String password) {
        return signIn(at, username, password, ADDRESS).signedIn();
    }

    SignInResult signIn(Instant at, String username, String password, String address) {
        return accounts(at, service -> service.signIn(username, password, address));
    }

    /** The count of wrong passwords for an account from an address, and its lock; empty when there is none. */
    Optional<AddressLock> lockOf(String username, String address) {
        return inTransaction(em -> em.createQuery("""
                        select l from AddressLock l, Account a where a.id = l.accountId
                        and a.username = :username and l.address = :address""", AddressLock.class)
                .setParameter("username", username)
                .setParameter("address", address)
                .getResultStream()
                .findFirst());
    }

    int failures(String username, String address) {
        return lockOf(username, address).map(AddressLock::getFailures).orElse(0);
    }

    Optional<Actor> signIn(String username, String password) {
        return signIn(NOW, username, password);
    }

    boolean changePassword(String username, String oldPassword, String newPassword) {
        return accounts(service -> service.changePassword(username, oldPassword, newPassword, ADDRESS));
    }

    @Test
    void onlyAnAdministratorCreatesAccounts() {
        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.editorActor(), Accounts.translator(Set.of(Language.RU)))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("account.notPermitted");
        assertThat(accountCount()).isZero();

        Account created = accounts(service -> service.create(Accounts.administrator(), Accounts.editor()));

        assertThat(created.getUsername()).isEqualTo(EDITOR);
        assertThat(created.getRoles()).containsExactly(Role.EDITOR);
        assertThat(created.getCreatedAt()).isEqualTo(NOW);
        assertThat(created.getPasswordHash()).startsWith("pbkdf2-sha256$600000$").doesNotContain(PASSWORD);
        assertThat(audited("admin", "user.create")).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).startsWith(EDITOR));
    }

    @Test
    void weakPasswordIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), Accounts.editorWithPassword(Accounts.SHORT_PASSWORD))))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.password.tooShort");

        assertThat(accountCount()).isZero();
        assertThat(audited(null, null)).isEmpty();
    }

    @Test
    void commonPasswordsAndPatternsAreRefusedWithTheirReason() {
        Map<String, String> refused = Map.of(
                "aaaaaaaaaaaa", "account.password.pattern",
                "password1234", "account.password.common",
                "qwertyuiopas", "account.password.common",
                "woaini1314520", "account.password.common",
                "abcdefghijkl", "account.password.pattern");
        refused.forEach((password, reason) ->
                assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), Accounts.editorWithPassword(password))))
                        .as(password)
                        .isInstanceOf(InvalidAccountException.class)
                        .satisfies(e -> assertThat(((InvalidAccountException) e).field()).isEqualTo("password"))
                        .satisfies(e -> assertThat(((InvalidAccountException) e).messageKey()).isEqualTo(reason)));
        assertThat(accountCount()).isZero();
        assertThat(ValidationMessages.format("account.password.common", Map.of(), Language.ZH)).contains("常见");
        assertThat(ValidationMessages.format("account.password.common", Map.of(), Language.RU)).contains("распространённых");
        assertThat(ValidationMessages.format("account.password.pattern", Map.of(), Language.EN)).contains("keyboard");
    }

    @Test
    void aPasswordHoldingTheUserNameOrTheNameIsRefused() {
        for (String password : List.of("Wang.Fang-2026-spring", "我是王芳-songhua-river", "ｗａｎｇ.ｆａｎｇ spring river")) {
            assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), Accounts.editorWithPassword(password))))
                    .as(password)
                    .hasMessageContaining("account.password.personal");
        }
        NewAccount olga = new NewAccount("olga.k", "Ольга Иванова", "Иванова-на-Амуре-2026", EnumSet.of(Role.EDITOR), null, Set.of(), false);
        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), olga)))
                .hasMessageContaining("account.password.personal");
    }

    @Test
    void aGoodPassphraseIsAccepted() {
        for (String passphrase : List.of("three rivers plain at dawn", "松花江-Sungari-2026", "весна в Цзямусы, 2026 год")) {
            noAccountsYet();
            accounts(service -> service.create(Accounts.administrator(), Accounts.editorWithPassword(passphrase)));
            assertThat(signIn(EDITOR, passphrase)).as(passphrase).isPresent();
        }
    }

    @Test
    void aWeakNewPasswordIsRefusedAtAPasswordChangeToo() {
        createEditor();

        assertThatThrownBy(() -> changePassword(EDITOR, PASSWORD, "aaaaaaaaaaaa"))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.password.pattern");
        assertThatThrownBy(() -> changePassword(EDITOR, PASSWORD, "王芳的新密码-songhua"))
                .hasMessageContaining("account.password.personal");
        assertThat(signIn(EDITOR, PASSWORD)).isPresent();
    }

    @Test
    void passwordLengthCountsCharactersNotUtf16Units() {
        // Eleven characters, of which the emoji take two UTF-16 units each.
        String elevenCharacters = "佳木斯\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80";

        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), Accounts.editorWithPassword(elevenCharacters))))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.password.tooShort");
    }

    @Test
    void displayNameWithAControlCharacterIsRefusedAndNothingIsSaved() {
        NewAccount editor = Accounts.editor();
        NewAccount pasted = new NewAccount(editor.username(), "王\u0001老师", editor.password(), editor.roles(),
                editor.institutionId(), editor.languages(), editor.mustChangePassword());

        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), pasted)))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("displayName");
                    assertThat(e.messageKey()).isEqualTo("account.displayName.forbiddenCharacter");
                });
        assertThat(accountCount()).isZero();
    }

    @Test
    void translatorCannotTranslateIntoTheChineseSource() {
        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), Accounts.translator(EnumSet.of(Language.RU, Language.ZH)))))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.languages.source");
        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), Accounts.translator(Set.of()))))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.languages.required");

        Account translator = accounts(service -> service.create(Accounts.administrator(), Accounts.translator(EnumSet.of(Language.RU, Language.EN))));

        assertThat(translator.toActor(ADDRESS).languages()).containsExactlyInAnyOrder(Language.RU, Language.EN);
    }

    @Test
    void institutionEditorNeedsAnInstitutionAndActsForIt() {
        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), Accounts.institutionEditor(null))))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.institution.required");

        accounts(service -> service.create(Accounts.administrator(), Accounts.institutionEditor(institutionId)));

        Actor actor = signIn(Accounts.INSTITUTION_EDITOR, PASSWORD).orElseThrow();
        assertThat(actor.institutionId()).isEqualTo(institutionId);
        assertThat(actor.roles()).containsExactly(Role.INSTITUTION_EDITOR);
    }

    @Test
    void takenOrMalformedUsernameIsRefused() {
        createEditor();

        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), Accounts.editor())))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.username.taken");
        NewAccount spaced = new NewAccount("wang fang", "王芳", PASSWORD, EnumSet.of(Role.EDITOR), null, Set.of(), false);
        assertThatThrownBy(() -> accounts(service -> service.create(Accounts.administrator(), spaced)))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.username.invalid");
        assertThat(accountCount()).isEqualTo(1);
    }

    @Test
    void rightPasswordSignsInAndIsAuditedWithTheAddress() {
        createEditor();

        Optional<Actor> actor = signIn(EDITOR, PASSWORD);

        assertThat(actor).get().satisfies(signedIn -> {
            assertThat(signedIn.username()).isEqualTo(EDITOR);
            assertThat(signedIn.roles()).containsExactly(Role.EDITOR);
            assertThat(signedIn.address()).isEqualTo(ADDRESS);
        });
        assertThat(audited(EDITOR, "login")).singleElement().satisfies(entry -> {
            assertThat(entry.getAddress()).isEqualTo(ADDRESS);
            assertThat(entry.getAt()).isEqualTo(NOW);
        });
        assertThat(stored(EDITOR).getLastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void signInIgnoresTheCaseAndWidthOfTheTypedUsername() {
        createEditor();

        assertThat(signIn("Wang.Fang", PASSWORD)).isPresent();
        assertThat(signIn("ｗａｎｇ.ｆａｎｇ", PASSWORD)).isPresent();
    }

    @Test
    void wrongPasswordIsAuditedAsFailedAndCounted() {
        createEditor();

        assertThat(signIn(EDITOR, OTHER_PASSWORD)).isEmpty();
        assertThat(signIn(EDITOR, OTHER_PASSWORD)).isEmpty();

        assertThat(failures(EDITOR, ADDRESS)).isEqualTo(2);
        assertThat(audited(EDITOR, "login.failed")).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.getAddress()).isEqualTo(ADDRESS));
        assertThat(audited(EDITOR, "login")).isEmpty();
    }

    @Test
    void rightPasswordClearsTheCountOfWrongOnes() {
        createEditor();
        signIn(EDITOR, OTHER_PASSWORD);

        signIn(EDITOR, PASSWORD);

        assertThat(lockOf(EDITOR, ADDRESS)).isEmpty();
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForThatAddressEvenAgainstTheRightOne() {
        createEditor();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(EDITOR, OTHER_PASSWORD);
        }
        assertThat(lockOf(EDITOR, ADDRESS).orElseThrow().getLockedUntil()).isNull();

        signIn(EDITOR, OTHER_PASSWORD);

        assertThat(lockOf(EDITOR, ADDRESS).orElseThrow().getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(signIn(EDITOR, PASSWORD)).isEmpty();
        assertThat(audited(EDITOR, "login.locked")).singleElement()
                .satisfies(entry -> assertThat(entry.getAddress()).isEqualTo(ADDRESS));
        assertThat(audited(EDITOR, "login")).isEmpty();
    }

    @Test
    void lockRunsOutAfterFifteenMinutesAndOneMoreWrongPasswordLocksAgain() {
        createEditor();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(EDITOR, OTHER_PASSWORD);
        }
        Instant afterLock = NOW.plus(Duration.ofMinutes(15));

        assertThat(signIn(afterLock, EDITOR, OTHER_PASSWORD)).isEmpty();
        assertThat(lockOf(EDITOR, ADDRESS).orElseThrow().getLockedUntil()).isEqualTo(afterLock.plus(Duration.ofMinutes(15)));

        Instant afterSecondLock = afterLock.plus(Duration.ofMinutes(15));
        assertThat(signIn(afterSecondLock, EDITOR, PASSWORD)).isPresent();
        assertThat(lockOf(EDITOR, ADDRESS)).isEmpty();
    }

    @Test
    void fiveFailuresFromOneAddressLockItButTheOwnerStillSignsInFromAnother() {
        createEditor();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(NOW, EDITOR, OTHER_PASSWORD, ADDRESS);
        }

        assertThat(signIn(NOW, EDITOR, PASSWORD, ADDRESS).signedIn()).as("the stranger's address is locked").isEmpty();
        assertThat(signIn(NOW, EDITOR, PASSWORD, OTHER_ADDRESS).signedIn()).as("the owner's address is not").isPresent();

        assertThat(audited(EDITOR, "login.locked")).singleElement()
                .satisfies(entry -> assertThat(entry.getAddress()).isEqualTo(ADDRESS));
        assertThat(audited(EDITOR, "login")).singleElement()
                .satisfies(entry -> assertThat(entry.getAddress()).isEqualTo(OTHER_ADDRESS));
        assertThat(lockOf(EDITOR, ADDRESS).orElseThrow().isLockedAt(NOW)).as("the owner's sign-in does not lift the stranger's lock").isTrue();
    }

    @Test
    void wrongPasswordsADayApartAreNotInARow() {
        createEditor();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(EDITOR, OTHER_PASSWORD);
        }

        signIn(NOW.plus(Duration.ofHours(25)), EDITOR, OTHER_PASSWORD);

        assertThat(failures(EDITOR, ADDRESS)).isEqualTo(1);
        assertThat(signIn(NOW.plus(Duration.ofHours(25)), EDITOR, PASSWORD)).isPresent();
    }

    @Test
    void anAdministratorUnlocksAnAccountForEveryAddressAndTheUnlockIsAudited() {
        createEditor();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(NOW, EDITOR, OTHER_PASSWORD, ADDRESS);
        }
        signIn(NOW, EDITOR, OTHER_PASSWORD, OTHER_ADDRESS);
        assertThat(accounts(AccountService::lockedAccounts)).containsExactly(Map.entry(EDITOR, 1L));
        assertThatThrownBy(() -> accounts(service -> service.unlock(Accounts.editorActor(), EDITOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signIn(NOW, EDITOR, PASSWORD, ADDRESS).signedIn()).isEmpty();

        int unlocked = accounts(service -> service.unlock(Accounts.administrator(), EDITOR));

        assertThat(unlocked).isEqualTo(1);
        assertThat(accounts(AccountService::lockedAccounts)).isEmpty();
        assertThat(lockOf(EDITOR, OTHER_ADDRESS)).as("counts from other addresses are cleared too").isEmpty();
        assertThat(signIn(NOW, EDITOR, PASSWORD, ADDRESS).signedIn()).isPresent();
        assertThat(audited("admin", "user.unlock")).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).startsWith(EDITOR));
    }

    @Test
    void anAddressIsThrottledAfterTenAttemptsWhicheverAccountsItTries() {
        createEditor();
        accounts(service -> service.create(Accounts.administrator(), Accounts.translator(Set.of(Language.RU))));
        List<String> targets = List.of(EDITOR, Accounts.TRANSLATOR, "admin", "zhang.wei", "li.na",
                "liu.yang", "chen.jing", "yang.fan", "zhao.lei", "huang.min");
        for (String target : targets) {
            assertThat(signIn(NOW, target, OTHER_PASSWORD, ADDRESS).throttled()).as(target).isFalse();
        }

        SignInResult eleventh = signIn(NOW, EDITOR, PASSWORD, ADDRESS);

        assertThat(eleventh.throttled()).as("the 11th attempt, the right password of another account").isTrue();
        assertThat(eleventh.signedIn()).isEmpty();
        assertThat(eleventh.retryAfter()).isEqualTo(Duration.ofSeconds(6));
        assertThat(audited(EDITOR, "login.throttled")).singleElement()
                .satisfies(entry -> assertThat(entry.getAddress()).isEqualTo(ADDRESS));
        assertThat(signIn(NOW, EDITOR, PASSWORD, OTHER_ADDRESS).signedIn()).as("another address is not throttled").isPresent();
        assertThat(signIn(NOW.plusSeconds(5), EDITOR, PASSWORD, ADDRESS).throttled()).isTrue();
        assertThat(signIn(NOW.plusSeconds(6), EDITOR, PASSWORD, ADDRESS).signedIn()).as("one more attempt after six seconds").isPresent();
    }

    @Test
    void signInsThatSucceedDoNotUseUpTheAddressAllowance() {
        createEditor();

        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(signIn(NOW, EDITOR, PASSWORD, ADDRESS).signedIn()).as("sign-in " + attempt).isPresent();
        }
    }

    @Test
    void concurrentWrongPasswordsAreEachCountedAndNoneFails() throws Exception {
        createEditor();
        int attempts = 4;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<Actor>>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return signIn(EDITOR, OTHER_PASSWORD);
                }));
            }
            start.countDown();
            for (Future<Optional<Actor>> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures(EDITOR, ADDRESS)).isEqualTo(attempts);
        assertThat(audited(EDITOR, "login.failed")).hasSize(attempts);
    }

    @Test
    void unknownUsernameIsAuditedAsAFailedSignIn() {
        createEditor();

        assertThat(signIn("nobody", PASSWORD)).isEmpty();

        assertThat(audited("nobody", "login.failed")).singleElement()
                .satisfies(entry -> assertThat(entry.getAddress()).isEqualTo(ADDRESS));
        assertThat(accountCount()).isEqualTo(1);
    }

    @Test
    void disabledAccountCannotSignInAndOnlyAnAdministratorDisablesOne() {
        createEditor();
        assertThatThrownBy(() -> accounts(service -> service.setEnabled(Accounts.editorActor(), EDITOR, false)))
                .isInstanceOf(AccessDeniedException.class);

        accounts(service -> service.setEnabled(Accounts.administrator(), EDITOR, false));

        assertThat(signIn(EDITOR, PASSWORD)).isEmpty();
        assertThat(audited(EDITOR, "login.disabled")).singleElement()
                .satisfies(entry -> assertThat(entry.getAddress()).isEqualTo(ADDRESS));
        assertThat(audited("admin", "user.disable")).hasSize(1);
    }

    @Test
    void anAdministratorChangesRolesByTheSameRulesAndTheChangeIsAudited() {
        createEditor();
        assertThatThrownBy(() -> accounts(service -> service.changeRoles(Accounts.editorActor(), EDITOR, Set.of(Role.ADMINISTRATOR), null, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts(service -> service.changeRoles(Accounts.administrator(), EDITOR, Set.of(Role.TRANSLATOR), null, Set.of())))
                .hasMessageContaining("account.languages.required");
        assertThatThrownBy(() -> accounts(service -> service.changeRoles(Accounts.administrator(), EDITOR, Set.of(Role.INSTITUTION_EDITOR), null, Set.of())))
                .hasMessageContaining("account.institution.required");

        accounts(service -> service.changeRoles(Accounts.administrator(), EDITOR, EnumSet.of(Role.TRANSLATOR, Role.REVIEWER), null,
                Set.of(Language.RU)));

        Account changed = stored(EDITOR);
        assertThat(changed.getRoles()).containsExactlyInAnyOrder(Role.TRANSLATOR, Role.REVIEWER);
        assertThat(changed.getLanguages()).containsExactly(Language.RU);
        assertThat(audited("admin", "user.roles")).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).contains("[EDITOR]", "[TRANSLATOR, REVIEWER]", "[RU]"));
    }

    @Test
    void theLastEnabledAdministratorKeepsTheRole() {
        accounts(service -> service.create(Actor.system(), Accounts.administratorAccount("zhao.lei")));

        assertThatThrownBy(() -> accounts(service -> service.changeRoles(Accounts.administrator(), "zhao.lei", Set.of(Role.EDITOR), null, Set.of())))
                .hasMessageContaining("account.lastAdministrator");
        assertThat(stored("zhao.lei").getRoles()).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void lastEnabledAdministratorCannotBeDisabled() {
        accounts(service -> service.create(Actor.system(), Accounts.administratorAccount("zhao.lei")));

        assertThatThrownBy(() -> accounts(service -> service.setEnabled(Accounts.administrator(), "zhao.lei", false)))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.lastAdministrator");

        accounts(service -> service.create(Actor.system(), Accounts.administratorAccount("chen.jing")));
        accounts(service -> service.setEnabled(Accounts.administrator(), "zhao.lei", false));
        assertThat(stored("zhao.lei").isEnabled()).isFalse();
    }

    @Test
    void hashMadeAtAnOlderCostIsReplacedAtTheNextSignIn() {
        createEditor();
        accounts(service -> {
            service.find(EDITOR).orElseThrow().setPasswordHash(new PasswordHasher(1_000).hash(PASSWORD));
            return null;
        });

        assertThat(signIn(EDITOR, PASSWORD)).isPresent();

        assertThat(stored(EDITOR).getPasswordHash()).startsWith("pbkdf2-sha256$600000$");
        assertThat(signIn(EDITOR, PASSWORD)).isPresent();
    }

    @Test
    void changedPasswordReplacesTheOldOneAndWrongCurrentPasswordCountsTowardsTheLock() {
        createEditor();

        assertThat(changePassword(EDITOR, OTHER_PASSWORD, NEW_PASSWORD)).isFalse();
        assertThat(failures(EDITOR, ADDRESS)).isEqualTo(1);
        assertThat(audited(EDITOR, "password.change.failed")).hasSize(1);
        assertThatThrownBy(() -> changePassword(EDITOR, PASSWORD, Accounts.SHORT_PASSWORD))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("account.password.tooShort");

        assertThat(changePassword(EDITOR, PASSWORD, NEW_PASSWORD)).isTrue();

        assertThat(signIn(EDITOR, PASSWORD)).isEmpty();
        assertThat(signIn(EDITOR, NEW_PASSWORD)).isPresent();
        assertThat(audited(EDITOR, "password.changed")).hasSize(1);
    }

    @Test
    void firstAdministratorGetsTheConfiguredPassword() {
        FirstAdministrator.Result result = bootstrap(Map.of(FirstAdministrator.PASSWORD_ENV, OTHER_PASSWORD));

        assertThat(result.outcome()).isEqualTo(FirstAdministrator.Outcome.CREATED_WITH_CONFIGURED_PASSWORD);
        assertThat(result.oneTimePassword()).isNull();
        Account admin = stored(FirstAdministrator.USERNAME);
        assertThat(admin.getRoles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(admin.isMustChangePassword()).isFalse();
        assertThat(signIn(FirstAdministrator.USERNAME, OTHER_PASSWORD)).isPresent();
    }

    @Test
    void systemPropertyWinsOverTheEnvironmentForTheFirstAdministrator() {
        bootstrap(Map.of(FirstAdministrator.PASSWORD_PROPERTY, PASSWORD, FirstAdministrator.PASSWORD_ENV, OTHER_PASSWORD));

        assertThat(signIn(FirstAdministrator.USERNAME, PASSWORD)).isPresent();
    }

    @Test
    void firstAdministratorWithoutConfiguredPasswordGetsAOneTimePasswordToChange() {
        FirstAdministrator.Result result = bootstrap(Map.of(FirstAdministrator.PASSWORD_ENV, "  "));

        assertThat(result.outcome()).isEqualTo(FirstAdministrator.Outcome.CREATED_WITH_ONE_TIME_PASSWORD);
        assertThat(result.oneTimePassword()).hasSize(FirstAdministrator.ONE_TIME_PASSWORD_LENGTH);
        assertThat(result.toString()).doesNotContain(result.oneTimePassword());
        assertThat(stored(FirstAdministrator.USERNAME).isMustChangePassword()).isTrue();
        assertThat(signIn(FirstAdministrator.USERNAME, result.oneTimePassword())).isPresent();

        changePassword(FirstAdministrator.USERNAME, result.oneTimePassword(), PASSWORD);

        assertThat(stored(FirstAdministrator.USERNAME).isMustChangePassword()).isFalse();
    }

    @Test
    void oneTimePasswordsAreNotRepeatedAcrossInstallations() {
        String first = bootstrap(Map.of()).oneTimePassword();
        noAccountsYet();
        String second = bootstrap(Map.of()).oneTimePassword();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void firstAdministratorIsNotCreatedWhenAccountsExist() {
        createEditor();

        FirstAdministrator.Result result = bootstrap(Map.of(FirstAdministrator.PASSWORD_PROPERTY, OTHER_PASSWORD));

        assertThat(result.outcome()).isEqualTo(FirstAdministrator.Outcome.ACCOUNTS_EXIST);
        assertThat(find(FirstAdministrator.USERNAME)).isEmpty();
        assertThat(accountCount()).isEqualTo(1);
    }

    @Test
    void weakConfiguredPasswordStopsTheStartAndCreatesNothing() {
        assertThatThrownBy(() -> bootstrap(Map.of(FirstAdministrator.PASSWORD_PROPERTY, "admin")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FirstAdministrator.PASSWORD_PROPERTY);

        assertThat(accountCount()).isZero();
    }
}
