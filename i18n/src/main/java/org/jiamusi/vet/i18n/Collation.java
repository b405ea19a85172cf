package org.jiamusi.vet.i18n;

import com.ibm.icu.text.Collator;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The reader's sort order for names: pinyin order for Chinese, Russian alphabetical order, English.
 * Collators are frozen once and shared, since a frozen ICU collator is immutable and thread-safe.
 */
public final class Collation {

    private static final Map<Language, Collator> COLLATORS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Collator collator = Collator.getInstance(language == Language.ZH
                    ? com.ibm.icu.util.ULocale.forLanguageTag("zh-u-co-pinyin")
                    : com.ibm.icu.util.ULocale.forLocale(language.locale()));
            collator.setStrength(Collator.SECONDARY);
            COLLATORS.put(language, collator.freeze());
        }
    }

    private Collation() {
    }

    public static Collator collator(Language language) {
        return COLLATORS.get(language);
    }

    /**
     * The collation key of a name in a language, as hex text: comparing two keys as plain strings
     * orders the names as the collator does, so an index or a database can sort by it.
     */
    public static String sortKey(String name, Language language) {
        byte[] key = collator(language).getCollationKey(name == null ? "" : name).toByteArray();
        StringBuilder hex = new StringBuilder(key.length * 2);
        for (byte b : key) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }

    /** Orders items by a name in the reader's language. */
    public static <T> Comparator<T> byName(Language language, Function<T, String> name) {
        Collator collator = collator(language);
        return (a, b) -> collator.compare(name.apply(a), name.apply(b));
    }
}
