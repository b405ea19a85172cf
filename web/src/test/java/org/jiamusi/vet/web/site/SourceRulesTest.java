package org.jiamusi.vet.web.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules over the sources of every module that no compiler checks. */
class SourceRulesTest {

    private static final List<String> MODULES = List.of("i18n", "cms", "search", "seeds", "web");
    /** The JDK's formatting, collation and text-boundary classes; ICU4J does each of these right for our languages. */
    private static final Pattern JAVA_TEXT_FORMATTING = Pattern.compile(
            "java\\.text\\.(\\*|\\w*Format\\w*|Collator|RuleBasedCollator|BreakIterator|DateFormatSymbols|DecimalFormatSymbols)\\b");

    @Test
    void userFacingFormattingGoesThroughIcuNeverJavaTextFormats() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = Path.of("..", module, "src", "main", "java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file, StandardCharsets.UTF_8);
                    if (JAVA_TEXT_FORMATTING.matcher(code).find()) {
                        offenders.add(file.toString());
                    }
                }
            }
        }
        assertThat(offenders).as("sources using java.text (use org.jiamusi.vet.i18n.Formats)").isEmpty();
    }
}
