package org.jiamusi.vet.i18n;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/**
 * Readable ASCII slugs for URLs, made from a title in its own language: Chinese as toneless pinyin
 * with one hyphen between words (口腔修复工艺 → {@code kouqiang-xiufu-gongyi}), Russian by the
 * BGN/PCGN romanisation, English lower-cased.
 *
 * <p>ICU transliterators are thread-safe once built, so each is built once.
 */
public final class Slugs {

    /** What every slug looks like: lower-case ASCII words joined by single hyphens. */
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Transliterator RUSSIAN_TO_ASCII = Transliterator.getInstance("Russian-Latin/BGN; [\\u02B9\\u02BA] Remove; Latin-ASCII");
    private static final Transliterator ANY_TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String title, Language language) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A slug needs a title");
        }
        String ascii = switch (language) {
            case ZH -> String.join(" ", Pinyin.words(title));
            case RU -> RUSSIAN_TO_ASCII.transliterate(title);
            case EN -> ANY_TO_ASCII.transliterate(title);
        };
        return hyphenate(ascii);
    }

    private static String hyphenate(String ascii) {
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }
}
