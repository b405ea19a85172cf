package org.jiamusi.vet.i18n;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Chooses the language of a first visit from a remembered choice or the {@code Accept-Language}
 * header. Any variant of a language we have maps to it ({@code zh-TW} to Chinese, {@code ru-BY} to
 * Russian); a header naming only other languages gets English; no header at all gets Chinese, the
 * language of the city.
 */
public final class LocaleNegotiator {

    private LocaleNegotiator() {
    }

    public static Language negotiate(String rememberedChoice, String acceptLanguage) {
        Optional<Language> remembered = Language.ofCode(rememberedChoice);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.SOURCE;
        }
        return parse(acceptLanguage)
                .filter(range -> range.weight() > 0)
                .sorted(Comparator.comparingDouble(WeightedRange::weight).reversed())
                .map(range -> ofTag(range.tag()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Language.EN);
    }

    private static Optional<Language> ofTag(String tag) {
        String primary = Locale.forLanguageTag(tag).getLanguage();
        return Language.ofCode(primary);
    }

    private static Stream<WeightedRange> parse(String header) {
        return Stream.of(header.split(","))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .map(LocaleNegotiator::parseRange);
    }

    private static WeightedRange parseRange(String part) {
        String[] pieces = part.split(";");
        double weight = 1.0;
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    weight = Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException malformed) {
                    weight = 0;
                }
            }
        }
        return new WeightedRange(pieces[0].trim(), weight);
    }

    private record WeightedRange(String tag, double weight) {
    }
}
