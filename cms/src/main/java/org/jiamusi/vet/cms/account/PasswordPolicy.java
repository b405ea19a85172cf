package org.jiamusi.vet.cms.account;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, free of the
 * account's own user name and name, and hard to guess as zxcvbn (Dropbox's estimator, in nulab's Java
 * port) measures it: its dictionaries of the 30,000 most common passwords and of common words, keyboard
 * rows, repeats, sequences and dates, with the user's names and the site's as extra words.
 * <p>
 * The minimum score is {@value #MIN_SCORE}, zxcvbn's highest: an estimated 10<sup>10</sup> guesses or
 * more. The sign-in throttle and lock keep online guessing far below that, so the score is about a
 * stolen database: at PBKDF2's 600,000 iterations one GPU tries some 10<sup>4</sup> passwords a second,
 * so a score-3 password (10<sup>8</sup>) falls in hours and a score-4 one holds for weeks. With twelve
 * characters required anyway, score 4 costs an honest user little (three unrelated words or a sentence
 * of their own reach it), while score 3 still lets through Chinese favourites such as
 * {@code woaini1314520} and name-and-year passwords ({@code wangfang1990}).
 * <p>
 * A refusal names the first reason that applies, as a message key of the validation bundles.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** Long enough for any passphrase; bounded so that a request cannot make hashing or measuring arbitrarily slow. */
    static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 4;
    /** Parts of a user name or name at least this long count as personal on their own ({@code ivanova} in {@code Ольга Иванова}). */
    private static final int MIN_PERSONAL_PART = 4;
    /** Words anyone guessing at this site tries first. */
    private static final List<String> SITE_WORDS = List.of("jiamusi", "佳木斯", "vetportal", "heilongjiang", "黑龙江");

    private PasswordPolicy() {
    }

    /** Loaded on first use: the dictionaries take a few megabytes and a tenth of a second. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /**
     * The message key of the first rule the password breaks, or null when it meets them all.
     *
     * @param username    the account's user name as stored
     * @param displayName the account's name, or null when it has none yet
     */
    static String refusal(String username, String displayName, String password) {
        if (password == null || password.isBlank()) {
            return "account.password.tooShort";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "account.password.tooShort";
        }
        if (length > MAX_LENGTH) {
            return "account.password.tooLong";
        }
        String folded = fold(password);
        List<String> personal = personalWords(username, displayName);
        for (String word : personal) {
            if (folded.contains(word)) {
                return "account.password.personal";
            }
        }
        List<String> inputs = new ArrayList<>(personal);
        inputs.addAll(SITE_WORDS);
        Strength strength = Estimator.ZXCVBN.measure(password, inputs);
        try {
            if (strength.getScore() >= MIN_SCORE) {
                return null;
            }
            return reason(strength.getSequence());
        } finally {
            strength.wipe();
        }
    }

    /** Why zxcvbn found the password easy to guess, by the kinds of parts it was made of. */
    private static String reason(List<Match> sequence) {
        boolean common = false;
        boolean pattern = false;
        for (Match match : sequence) {
            if (match.pattern == Pattern.Dictionary && "user_inputs".equals(match.dictionaryName)) {
                return "account.password.personal";
            }
            common |= match.pattern == Pattern.Dictionary && "passwords".equals(match.dictionaryName);
            pattern |= match.pattern == Pattern.Repeat || match.pattern == Pattern.Sequence
                    || match.pattern == Pattern.Spatial || match.pattern == Pattern.Date;
        }
        if (common) {
            return "account.password.common";
        }
        return pattern ? "account.password.pattern" : "account.password.weak";
    }

    /** The user name and name, whole and by their longer parts, folded as {@link #fold} folds. */
    private static List<String> personalWords(String username, String displayName) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : new String[] {username, displayName}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String folded = fold(name);
            // A Chinese name has two or three characters; two Latin letters are part of too many words.
            int whole = folded.matches("\\p{IsHan}+") ? 2 : 3;
            if (folded.codePointCount(0, folded.length()) >= whole) {
                words.add(folded);
            }
            for (String part : folded.split("[^\\p{L}\\p{N}]+")) {
                if (part.codePointCount(0, part.length()) >= MIN_PERSONAL_PART) {
                    words.add(part);
                }
            }
        }
        return List.copyOf(words);
    }

    /** NFKC and lower case, so that full-width letters and capitals do not hide a name. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
