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
 * its last two letters, at least four), so протезирование marks протезирования.
 */
final class Snippets {

    static final int LENGTH = 160;
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}\\d]+");

    private Snippets() {
    }

    static String of(String text, String query, Language language) {
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
        int start = first == text.length() || first < LENGTH / 3 ? 0 : first - LENGTH / 3;
        int end = Math.min(text.length(), start + LENGTH);
        String passage = (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
        return mark(escape(passage), terms);
    }

    private static List<Pattern> terms(String query) {
        List<Pattern> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        Matcher words = WORD.matcher(query);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            String start = word.length() >= 6 ? word.substring(0, Math.max(4, word.length() - 2)) : word;
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
