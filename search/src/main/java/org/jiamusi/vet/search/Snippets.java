package org.jiamusi.vet.search;

import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.Pinyin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The snippet of a hit: a passage of its text in the reader's language around the first matched
 * word, HTML-escaped, with the matched words in {@code <mark>}. Done here rather than by the
 * backend's highlighter so that both backends mark alike, and because the server's Lucene module
 * does not ship Lucene's highlighter. A word matches by its stem-like start (the query word less
 * its ending), so протезирование marks протезирования and welding marks welders.
 */
public final class Snippets {

    static final int LENGTH = 160;
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}\\d]+");

    private Snippets() {
    }

    /** A passage of the text, escaped HTML, with the words of the query marked (none when the query is empty). */
    public static String of(String text, String query, Language language) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<Pattern> terms = terms(query);
        int first = text.length();
        for (Pattern term : terms) {
            Matcher matcher = term.matcher(text);
            if (matcher.find()) {
                first = Math.min(first, matcher.start());
            }
        }
        int start = first == text.length() || first < LENGTH / 3 ? 0 : wordStart(text, first - LENGTH / 3);
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            // End at a word's end where the text has spaces; Chinese is cut where the length runs out.
            int space = text.lastIndexOf(' ', end);
            if (space > end - 20 && space > start) {
                end = space;
            }
        }
        String passage = (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
        return mark(escape(passage), terms);
    }

    /** Moves a cut forward to the start of a word, so a passage never opens mid-word (Chinese has no spaces to wait for). */
    private static int wordStart(String text, int at) {
        int space = at;
        while (space < text.length() && space < at + 20 && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        return space < text.length() && Character.isWhitespace(text.charAt(space)) ? space + 1 : at;
    }

    private static List<Pattern> terms(String query) {
        List<Pattern> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        Matcher words = WORD.matcher(query);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            // The word less its ending: welding marks welders, протезирование marks протезирования.
            int keep = word.length() >= 7 ? Math.max(4, word.length() - 3) : word.length() >= 5 ? word.length() - 1 : word.length();
            String start = word.substring(0, keep);
            terms.add(Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(start) + "[\\p{L}\\d]*"));
        }
        String chinese = query.replaceAll("[^\\p{IsHan}]", "");
        if (!chinese.isEmpty()) {
            for (String han : Pinyin.hanWords(chinese)) {
                terms.add(Pattern.compile(Pattern.quote(han)));
            }
        }
        return terms;
    }

    private static String mark(String escaped, List<Pattern> terms) {
        String result = escaped;
        for (Pattern term : terms) {
            result = term.matcher(result).replaceAll(m -> "\u0002" + Matcher.quoteReplacement(m.group()) + "\u0003");
        }
        return result.replace("\u0002", "<mark>").replace("\u0003", "</mark>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
