package org.jiamusi.vet.cms.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-address allowance of sign-in attempts, without a database. */
class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    @AfterEach
    void noSettingsLeft() {
        System.clearProperty(SignInThrottle.BURST_PROPERTY);
        System.clearProperty(SignInThrottle.INTERVAL_PROPERTY);
    }

    @Test
    void byDefaultAnAddressMakesTenAttemptsAndThenWaits() {
        SignInThrottle throttle = new SignInThrottle();

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(throttle.tryAttempt("198.51.100.7")).as("attempt " + attempt).isZero();
        }

        assertThat(throttle.tryAttempt("198.51.100.7")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(6));
        assertThat(throttle.waitFor("198.51.100.7")).isPositive();
        assertThat(throttle.tryAttempt("198.51.100.8")).as("another address").isZero();
    }

    @Test
    void aSystemPropertySetsTheNumbers() {
        System.setProperty(SignInThrottle.BURST_PROPERTY, "3");
        System.setProperty(SignInThrottle.INTERVAL_PROPERTY, "60");
        SignInThrottle throttle = new SignInThrottle();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(throttle.tryAttempt("198.51.100.7")).isZero();
        }
        assertThat(throttle.tryAttempt("198.51.100.7")).isGreaterThan(Duration.ofSeconds(50));
    }

    @Test
    void aSettingThatCannotBeReadKeepsTheDefault() {
        System.setProperty(SignInThrottle.BURST_PROPERTY, "lots");
        SignInThrottle throttle = new SignInThrottle();

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(throttle.tryAttempt("198.51.100.7")).isZero();
        }
        assertThat(throttle.tryAttempt("198.51.100.7")).isPositive();
    }

    @Test
    void oneAttemptComesBackEverySixSecondsAndASuccessGivesItsOneBack() {
        AtomicReference<Instant> now = new AtomicReference<>(NOW);
        SignInThrottle throttle = new SignInThrottle(10, Duration.ofSeconds(6), now::get);
        for (int attempt = 1; attempt <= 10; attempt++) {
            throttle.tryAttempt("198.51.100.7");
        }
        assertThat(throttle.tryAttempt("198.51.100.7")).isEqualTo(Duration.ofSeconds(6));

        now.set(NOW.plusSeconds(6));
        assertThat(throttle.tryAttempt("198.51.100.7")).isZero();
        assertThat(throttle.tryAttempt("198.51.100.7")).isPositive();

        throttle.refund("198.51.100.7");
        assertThat(throttle.tryAttempt("198.51.100.7")).isZero();
    }

    @Test
    void theAddressesOfOneIpv6NetworkShareAnAllowance() {
        SignInThrottle throttle = new SignInThrottle(10, Duration.ofSeconds(6), () -> NOW);
        for (int host = 1; host <= 10; host++) {
            assertThat(throttle.tryAttempt("2001:db8:1:2::" + Integer.toHexString(host))).isZero();
        }

        assertThat(throttle.tryAttempt("2001:db8:1:2:ffff:ffff:ffff:ffff")).as("same /64").isPositive();
        assertThat(throttle.tryAttempt("2001:db8:1:3::1")).as("another /64").isZero();
    }

    @Test
    void addressesAreCountedByTheirNetworkOrAsWritten() {
        assertThat(SignInAddress.of("10.20.30.40")).isEqualTo("10.20.30.40");
        assertThat(SignInAddress.of("2001:0db8:0001:0002:0000:0000:0000:0001")).isEqualTo("2001:db8:1:2::/64");
        assertThat(SignInAddress.of("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(SignInAddress.of("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(SignInAddress.of(null)).isEqualTo("unknown");
        assertThat(SignInAddress.of("not an address")).isEqualTo("not an address");
    }
}
