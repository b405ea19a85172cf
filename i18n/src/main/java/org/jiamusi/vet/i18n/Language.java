package org.jiamusi.vet.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The languages the site is written in. Chinese is the source language of all content;
 * Russian and English are translations of it.
 */
public enum Language {

    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    RU("ru", Locale.forLanguageTag("ru-RU")),
    EN("en", Locale.UK);

    /** The language every content item is first written in. */
    public static final Language SOURCE = ZH;

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The URL prefix and the value of {@code <html lang>}: {@code zh}, {@code ru}, {@code en}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The languages to show a text in when this one has no translation: Russian readers get English
     * before Chinese, English readers get Chinese.
     */
    public List<Language> fallbackChain() {
        return switch (this) {
            case ZH -> List.of(ZH);
            case RU -> List.of(RU, EN, ZH);
            case EN -> List.of(EN, ZH);
        };
    }

    /**
     * The language a reader of this language is shown a text in, of those an item has: the first of
     * the fallback chain that it has, else the first it has at all, else the source language. Every
     * page, feed, API answer and search hit follows this one rule.
     */
    public Language shownFrom(Predicate<Language> has) {
        for (Language language : fallbackChain()) {
            if (has.test(language)) {
                return language;
            }
        }
        for (Language language : values()) {
            if (has.test(language)) {
                return language;
            }
        }
        return SOURCE;
    }

    /** The language of a URL prefix, if it is one of ours. */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
