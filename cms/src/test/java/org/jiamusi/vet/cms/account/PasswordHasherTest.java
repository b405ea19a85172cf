package org.jiamusi.vet.cms.account;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private static final String PASSWORD = "松花江-Sungari-2026";

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void rightPasswordVerifiesAndAnyOtherDoesNot() {
        String stored = hasher.hash(PASSWORD);

        assertThat(hasher.verify(PASSWORD, stored)).isTrue();
        assertThat(hasher.verify(PASSWORD + " ", stored)).isFalse();
        assertThat(hasher.verify("", stored)).isFalse();
        assertThat(hasher.verify(null, stored)).isFalse();
    }

    @Test
    void storedHashNamesItsAlgorithmAndCostAndHidesThePassword() {
        String stored = hasher.hash(PASSWORD);

        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("600000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(stored).doesNotContain("Sungari");
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify(PASSWORD, first)).isTrue();
        assertThat(hasher.verify(PASSWORD, second)).isTrue();
    }

    @Test
    void tamperedOrMalformedHashesFailWithoutThrowing() {
        String stored = hasher.hash(PASSWORD);
        String[] parts = stored.split("\\$");
        byte[] key = Base64.getDecoder().decode(parts[3]);
        key[0] ^= 1;
        String flippedBit = parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + Base64.getEncoder().encodeToString(key);

        assertThat(hasher.verify(PASSWORD, flippedBit)).isFalse();
        assertThat(hasher.verify(PASSWORD, stored.replace("$600000$", "$600001$"))).isFalse();
        assertThat(hasher.verify(PASSWORD, stored.replace("pbkdf2-sha256", "pbkdf2-sha1"))).isFalse();
        assertThat(hasher.verify(PASSWORD, stored.replace("$600000$", "$-5$"))).isFalse();
        assertThat(hasher.verify(PASSWORD, stored.replace("$600000$", "$99999999999$"))).isFalse();
        assertThat(hasher.verify(PASSWORD, stored + "$extra")).isFalse();
        assertThat(hasher.verify(PASSWORD, stored.substring(0, stored.lastIndexOf('$')))).isFalse();
        assertThat(hasher.verify(PASSWORD, parts[0] + "$" + parts[1] + "$" + parts[2] + "$not*base64")).isFalse();
        assertThat(hasher.verify(PASSWORD, parts[0] + "$" + parts[1] + "$" + parts[2] + "$"
                + Base64.getEncoder().encodeToString(new byte[] {key[0]}))).isFalse();
        assertThat(hasher.verify(PASSWORD, "")).isFalse();
        assertThat(hasher.verify(PASSWORD, null)).isFalse();
    }

    @Test
    void hashMadeAtALowerCostStillVerifiesButAsksForARehash() {
        String older = new PasswordHasher(1_000).hash(PASSWORD);
        String current = hasher.hash(PASSWORD);

        assertThat(hasher.verify(PASSWORD, older)).isTrue();
        assertThat(hasher.needsRehash(older)).isTrue();
        assertThat(hasher.needsRehash(current)).isFalse();
        assertThat(hasher.needsRehash("garbage")).isTrue();
    }

    @Test
    void fullWidthInputFromAChineseInputMethodMatchesTheSamePasswordTypedNarrow() {
        String stored = hasher.hash("Jiamusi-2026-abc");

        assertThat(hasher.verify("Ｊｉａｍｕｓｉ－２０２６－ａｂｃ", stored)).isTrue();
    }
}
