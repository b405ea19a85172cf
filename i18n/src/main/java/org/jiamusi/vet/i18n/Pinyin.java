package org.jiamusi.vet.i18n;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chinese text as a reader types it on a Latin keyboard: toneless pinyin, word by word as ICU's
 * dictionary segments it (口腔修复工艺 → {@code kouqiang xiufu gongyi}), and the initials of its
 * syllables ({@code kqxfgy}). Non-Chinese words pass through lower-cased.
 */
public final class Pinyin {

    private static final Transliterator HAN_TO_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private Pinyin() {
    }

    /** One entry per word, each a list of its syllables: [[kou, qiang], [xiu, fu], [gong, yi]]. */
    public static List<List<String>> syllablesByWord(String text) {
        List<List<String>> words = new ArrayList<>();
        for (String word : hanWords(text)) {
            List<String> syllables = new ArrayList<>();
            for (String syllable : HAN_TO_ASCII.transliterate(word).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (!syllable.isEmpty()) {
                    syllables.add(syllable);
                }
            }
            if (!syllables.isEmpty()) {
                words.add(syllables);
            }
        }
        return words;
    }

    /** The words of Chinese text as ICU's dictionary segments them: 口腔修复工艺 → [口腔, 修复, 工艺]. */
    public static List<String> hanWords(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        BreakIterator boundaries = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            String word = text.substring(start, end).strip();
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words in pinyin, each written as one token: {@code [kouqiang, xiufu, gongyi]}. */
    public static List<String> words(String text) {
        return syllablesByWord(text).stream().map(syllables -> String.join("", syllables)).toList();
    }
}
