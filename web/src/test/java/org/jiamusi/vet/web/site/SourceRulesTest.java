package org.jiamusi.vet.web.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules over the sources of every module that no compiler checks. */
class SourceRulesTest {

    /** The implicit objects of Jakarta EL and Faces, which a page variable must not be named after. */
    private static final Set<String> EL_IMPLICIT_OBJECTS = Set.of("application", "applicationScope", "component", "cc",
            "cookie", "facesContext", "flash", "header", "headerValues", "initParam", "param", "paramValues", "request",
            "requestScope", "resource", "session", "sessionScope", "view", "viewScope", "externalContext");
    private static final Pattern FACELETS_VAR = Pattern.compile("\\s(?:var|varStatus)=\"([^\"]+)\"");
    private static final List<String> MODULES = List.of("i18n", "cms", "search", "seeds", "web");
    /** The JDK's formatting, collation and text-boundary classes; ICU4J does each of these right for our languages. */
    private static final Pattern JAVA_TEXT_FORMATTING = Pattern.compile(
            "java\\.text\\.(\\*|\\w*Format\\w*|Collator|RuleBasedCollator|BreakIterator|DateFormatSymbols|DecimalFormatSymbols)\\b");

    @Test
    void userFacingFormattingGoesThroughIcuNeverJavaTextFormats() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = Path.of("..", module, "src", "main", "java");
            assertThat(sources).as("the sources of %s", module).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                List<Path> javaFiles = files.filter(p -> p.toString().endsWith(".java")).toList();
                assertThat(javaFiles).as("Java sources of %s", module).isNotEmpty();
                for (Path file : javaFiles) {
                    String code = Files.readString(file, StandardCharsets.UTF_8);
                    if (JAVA_TEXT_FORMATTING.matcher(code).find()) {
                        offenders.add(file.toString());
                    }
                }
            }
        }
        assertThat(offenders).as("sources using java.text (use org.jiamusi.vet.i18n.Formats)").isEmpty();
    }

    /**
     * A Facelets {@code var} named like one of EL's implicit objects ({@code session}, {@code request},
     * ...) is resolved as that object as soon as it exists: a {@code var="session"} page answered 500 to
     * every reader who had a back-office session.
     */
    @Test
    void noFaceletsVariableShadowsAnElImplicitObject() throws IOException {
        Path pages = Path.of("src", "main", "webapp");
        assertThat(pages).isDirectory();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(pages)) {
            List<Path> faceletsFiles = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
            assertThat(faceletsFiles).as("Facelets pages under %s", pages).isNotEmpty();
            for (Path file : faceletsFiles) {
                Matcher var = FACELETS_VAR.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (var.find()) {
                    if (EL_IMPLICIT_OBJECTS.contains(var.group(1))) {
                        offenders.add(file + ": var=\"" + var.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
