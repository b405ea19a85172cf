package org.jiamusi.vet.cms.account;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * How fast one address may try passwords at sign-in, whichever accounts it tries: a token bucket
 * (Bucket4j) per {@link SignInAddress}, by default {@value #DEFAULT_BURST} attempts at once and then
 * one every {@value #DEFAULT_INTERVAL_SECONDS} seconds. A person who mistypes never meets it (the lock
 * of their account from their address comes after five); a script spraying one password over many
 * accounts gets 600 tries an hour instead of as many as the server can hash. A sign-in that succeeds
 * gives its attempt back, so that colleagues behind one school's address can all sign in at eight
 * o'clock; only failures use the allowance up.
 * <p>
 * {@value #BURST_PROPERTY} ({@code VET_LOGIN_ADDRESS_BURST}) and {@value #INTERVAL_PROPERTY}
 * ({@code VET_LOGIN_ADDRESS_INTERVAL}, seconds) change the numbers, for instance for a test server that
 * signs in hundreds of times from 127.0.0.1; a value that cannot be read keeps the default.
 * <p>
 * The buckets live in this node's memory: each node of a cluster counts on its own, so a cluster of n
 * nodes behind a load balancer allows n times the rate (issue 15). A bucket that has filled up again
 * is the same as a new one, so buckets are dropped when there are too many of them.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final String BURST_PROPERTY = "vet.login.address-burst";
    public static final String BURST_ENV = "VET_LOGIN_ADDRESS_BURST";
    public static final String INTERVAL_PROPERTY = "vet.login.address-interval";
    public static final String INTERVAL_ENV = "VET_LOGIN_ADDRESS_INTERVAL";
    public static final int DEFAULT_BURST = 10;
    public static final int DEFAULT_INTERVAL_SECONDS = 6;

    /** About 20 MB of buckets; an attack from more addresses than this resets them all rather than exhaust the heap. */
    private static final int MAX_ADDRESSES = 100_000;

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    private final int burst;
    private final Duration interval;
    private final TimeMeter time;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The configured numbers on the system clock. */
    public SignInThrottle() {
        this(setting(BURST_PROPERTY, BURST_ENV, DEFAULT_BURST),
                Duration.ofSeconds(setting(INTERVAL_PROPERTY, INTERVAL_ENV, DEFAULT_INTERVAL_SECONDS)),
                Clock.systemUTC()::instant);
    }

    /** Given numbers on a given clock, for tests and callers outside a container. */
    public SignInThrottle(int burst, Duration interval, Supplier<Instant> clock) {
        if (burst < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("burst " + burst + ", interval " + interval);
        }
        this.burst = burst;
        this.interval = interval;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.get();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** A throttle that never refuses, for callers that sign nobody in from outside (command-line tools). */
    public static SignInThrottle unlimited() {
        return new SignInThrottle(Integer.MAX_VALUE, Duration.ofSeconds(1), Clock.systemUTC()::instant) {
            @Override
            public Duration tryAttempt(String address) {
                return Duration.ZERO;
            }

            @Override
            public void refund(String address) {
                // nothing was taken
            }
        };
    }

    /**
     * Takes one attempt from the address's allowance.
     *
     * @return zero when the attempt may go ahead, else how long the address must wait for the next one
     */
    public Duration tryAttempt(String address) {
        ConsumptionProbe probe = bucket(SignInAddress.of(address)).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    /** Gives back the attempt of a sign-in that succeeded. */
    public void refund(String address) {
        Bucket bucket = buckets.get(SignInAddress.of(address));
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** How long the address must wait now before its next attempt, without taking one; zero when it need not. */
    public Duration waitFor(String address) {
        Bucket bucket = buckets.get(SignInAddress.of(address));
        if (bucket == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket bucket(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= MAX_ADDRESSES) {
            buckets.values().removeIf(full -> full.getAvailableTokens() >= burst);
            if (buckets.size() >= MAX_ADDRESSES * 9 / 10) {
                LOG.warning(() -> "Sign-in attempts from more than " + MAX_ADDRESSES + " addresses at once; their allowances start again");
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(1, interval))
                .withCustomTimePrecision(time)
                .build());
    }

    /** A positive whole number from a system property, else the environment, else the default. */
    private static int setting(String property, String variable, int fallback) {
        String configured = System.getProperty(property);
        String value = configured == null || configured.isBlank() ? System.getenv(variable) : configured;
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> property + " / " + variable + " is not a positive whole number (" + value + "); using " + fallback);
        return fallback;
    }
}
