package org.jiamusi.vet.cms.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Opens the first administrator account when the application starts on a database with no
 * accounts, so that a new installation can be signed into and nobody has to write SQL.
 * <p>
 * There is never a fixed default password: the operator either sets one ({@value #PASSWORD_PROPERTY}
 * or {@value #PASSWORD_ENV}, held to the same policy as any other), or a one-time password is
 * generated and written to the server log, to be replaced at first sign-in. The log is readable
 * only by whoever runs the server, who could as well set the password; the trade-off is that the
 * one-time password stays in the log until the administrator changes it.
 */
@ApplicationScoped
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    public static final String PASSWORD_PROPERTY = "vet.admin.password";
    public static final String PASSWORD_ENV = "VET_ADMIN_PASSWORD";
    public static final int ONE_TIME_PASSWORD_LENGTH = 20;

    /** Letters and digits that cannot be mistaken for one another when read off a log (no 0/O, 1/l/I). */
    private static final String ONE_TIME_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    /** What {@link #bootstrap} did. */
    public enum Outcome {
        /** Accounts existed, so nothing was created. */
        ACCOUNTS_EXIST,
        CREATED_WITH_CONFIGURED_PASSWORD,
        CREATED_WITH_ONE_TIME_PASSWORD
    }

    /**
     * What {@link #bootstrap} did, with the one-time password to hand to the operator when it made one.
     *
     * @param oneTimePassword the generated password, or null
     */
    public record Result(Outcome outcome, String oneTimePassword) {

        /** Leaves the password out; only the framed start-up message shows it. */
        @Override
        public String toString() {
            return "Result[" + outcome + "]";
        }
    }

    @Inject
    private AccountService accounts;

    private final SecureRandom random = new SecureRandom();

    protected FirstAdministrator() {
        // for CDI
    }

    /** For callers outside a container, which bring an account service on their own transaction. */
    public FirstAdministrator(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Runs after the schema migrator (which has {@code PLATFORM_BEFORE}), before the seed loader. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) @Initialized(ApplicationScoped.class) Object event) {
        Result result;
        try {
            result = bootstrap(FirstAdministrator::fromSystem);
        } catch (RuntimeException e) {
            // Several nodes starting together on one empty database all try; the unique username
            // lets one of them commit, and the others have nothing left to do. (The clash shows at
            // commit, wrapped by the transaction interceptor, hence no narrower type.)
            if (accounts.count() == 0) {
                throw e;
            }
            LOG.info("Another node created the first administrator account at the same time");
            return;
        }
        switch (result.outcome()) {
            case ACCOUNTS_EXIST -> LOG.fine("Accounts exist; no first administrator created");
            case CREATED_WITH_CONFIGURED_PASSWORD -> LOG.warning(() -> "Created the first administrator account '"
                    + USERNAME + "' with the password set in " + PASSWORD_PROPERTY + " or " + PASSWORD_ENV
                    + "; remove it from the configuration once you have signed in");
            case CREATED_WITH_ONE_TIME_PASSWORD -> LOG.warning(() -> framed(result.oneTimePassword()));
        }
    }

    /**
     * Creates the first administrator if there is no account at all: with the configured password
     * when {@code config} has one for {@value #PASSWORD_PROPERTY} or {@value #PASSWORD_ENV}, else with
     * a generated one-time password that must be changed at first sign-in.
     *
     * @param config the value of a system property or environment variable by name, or null when unset
     * @throws IllegalStateException when the configured password breaks the password policy
     */
    public Result bootstrap(Function<String, String> config) {
        if (accounts.count() > 0) {
            return new Result(Outcome.ACCOUNTS_EXIST, null);
        }
        String configured = configuredPassword(config);
        if (configured != null) {
            create(configured, false);
            return new Result(Outcome.CREATED_WITH_CONFIGURED_PASSWORD, null);
        }
        String oneTime = oneTimePassword();
        create(oneTime, true);
        return new Result(Outcome.CREATED_WITH_ONE_TIME_PASSWORD, oneTime);
    }

    private void create(String password, boolean mustChangePassword) {
        Set<Role> roles = EnumSet.of(Role.ADMINISTRATOR);
        // The display name is data the administrator may later change, not interface text.
        NewAccount admin = new NewAccount(USERNAME, USERNAME, password, roles, null, Set.of(), mustChangePassword);
        try {
            accounts.create(Actor.system(), admin);
        } catch (InvalidAccountException e) {
            // The server log is where the operator looks, so say it in words, not as a message key.
            throw new IllegalStateException("The first administrator's password in " + PASSWORD_PROPERTY + " or "
                    + PASSWORD_ENV + " breaks the password policy (" + e.messageKey() + "): it needs "
                    + AccountService.PASSWORD_MIN + " to " + AccountService.PASSWORD_MAX + " characters, must not contain '"
                    + USERNAME + "' and must not be a common password or an easily guessed pattern", e);
        }
    }

    /** The system property wins over the environment; a blank value counts as unset. */
    private static String configuredPassword(Function<String, String> config) {
        for (String name : new String[] {PASSWORD_PROPERTY, PASSWORD_ENV}) {
            String value = config.apply(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** Random letters and digits; drawn again in the unlikely case that they spell something the policy refuses. */
    private String oneTimePassword() {
        while (true) {
            StringBuilder password = new StringBuilder(ONE_TIME_PASSWORD_LENGTH);
            for (int i = 0; i < ONE_TIME_PASSWORD_LENGTH; i++) {
                password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
            }
            if (PasswordPolicy.refusal(USERNAME, USERNAME, password.toString()) == null) {
                return password.toString();
            }
        }
    }

    private static String fromSystem(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }

    private static String framed(String oneTimePassword) {
        String rule = "=".repeat(72);
        return "\n" + rule
                + "\n  No back-office account existed, so the first administrator was created."
                + "\n"
                + "\n      username:           " + USERNAME
                + "\n      one-time password:  " + oneTimePassword
                + "\n"
                + "\n  Sign in and choose a new password: the account is marked to change it."
                + "\n  To set the password yourself instead, start the server on an empty database"
                + "\n  with -D" + PASSWORD_PROPERTY + "=... or " + PASSWORD_ENV + "=..."
                + "\n" + rule;
    }
}
