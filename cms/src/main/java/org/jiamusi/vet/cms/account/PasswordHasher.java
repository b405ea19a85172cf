package org.jiamusi.vet.cms.account;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA256 from the JDK, at the cost OWASP recommends
 * (600,000 iterations). A stored hash names its algorithm and iteration count,
 * {@code pbkdf2-sha256$600000$<salt>$<hash>} (base64), so the count can be raised later: old hashes
 * still verify at their own count, and {@link #needsRehash} tells the caller to store a new one the
 * next time the user proves the password.
 * <p>
 * PBKDF2 rather than Argon2 or bcrypt: it needs nothing beyond the JDK, so there is no crypto
 * library to track and patch; the price is weaker resistance to GPU cracking of a stolen database
 * than a memory-hard function gives, which the iteration count is there to offset.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "pbkdf2-sha256";
    public static final int ITERATIONS = 600_000;

    private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    /** A bound on what a stored string may ask for, so a corrupted or tampered row cannot stall a sign-in for hours. */
    private static final int MAX_ITERATIONS = 100 * ITERATIONS;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /** A hasher at another cost: lower for tests of hashes made before a raise, higher for a raise. */
    PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
    }

    /** A new hash of the password, with a fresh random salt. */
    public String hash(String password) {
        if (password == null) {
            throw new IllegalArgumentException("password is null");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
    }

    /** Whether the password is the one the stored hash was made from; false for any malformed hash. */
    public boolean verify(String password, String stored) {
        if (password == null) {
            return false;
        }
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            return false;
        }
        byte[] key = derive(password, parsed.salt, parsed.iterations, parsed.key.length);
        return MessageDigest.isEqual(key, parsed.key);
    }

    /** Whether the stored hash was made at a lower cost than this hasher's (or cannot be read) and should be replaced. */
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations < iterations;
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int keyBytes) {
        // NFKC: the same password typed on a phone and on a PC, or with a Chinese input method in
        // full-width mode (ａｂｃ１２３), reaches the server in different code points.
        char[] chars = Normalizer.normalize(password, Normalizer.Form.NFKC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime must provide PBKDF2WithHmacSHA256, so this is a broken JDK.
            throw new IllegalStateException(JCA_ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    /** The parts of a stored hash, or null for anything that is not a well-formed one of ours. */
    private record Parsed(int iterations, byte[] salt, byte[] key) {

        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$", -1);
            if (parts.length != 4 || !ALGORITHM.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,9}")) {
                return null;
            }
            try {
                long count = Long.parseLong(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2].getBytes(StandardCharsets.US_ASCII));
                byte[] key = Base64.getDecoder().decode(parts[3].getBytes(StandardCharsets.US_ASCII));
                if (count > MAX_ITERATIONS || salt.length < SALT_BYTES || key.length != KEY_BYTES) {
                    return null;
                }
                return new Parsed((int) count, salt, key);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
