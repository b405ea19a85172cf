package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal the cms can give has a message in Chinese, Russian and English. */
class ValidationMessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:content|account)\\.[a-zA-Z_.]+[a-zA-Z_])\"");
    /** The media library's refusals, which the back office shows from the same bundles. */
    private static final Pattern MEDIA_KEY = Pattern.compile("MediaRejectedException\\(\"([a-zA-Z_.]+[a-zA-Z_])\"");

    @Test
    void everyMessageKeyOfTheCmsSourcesExistsInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern pattern : new Pattern[] {KEY_LITERAL, MEDIA_KEY}) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        for (FieldKind kind : FieldKind.values()) {
            used.add("content.field.invalid." + kind.name().toLowerCase());
        }

        for (Language language : Language.values()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(language).stringPropertyNames());
            assertThat(missing).as("missing in validation_%s.properties", language.code()).isEmpty();
        }
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Set<String> chinese = bundle(Language.ZH).stringPropertyNames();
        assertThat(bundle(Language.RU).stringPropertyNames()).isEqualTo(chinese);
        assertThat(bundle(Language.EN).stringPropertyNames()).isEqualTo(chinese);
    }

    @Test
    void messagesAreFormattedInTheEditorsLanguageWithPlurals() {
        Violation tooLong = Violation.of("title", Language.ZH, "content.field.tooLong", Map.of("max", 200));

        assertThat(ValidationMessages.format(tooLong, Language.ZH)).isEqualTo("最多 200 个字符。");
        assertThat(ValidationMessages.format(tooLong, Language.RU)).isEqualTo("Не более 200 символов.");
        assertThat(ValidationMessages.format(tooLong, Language.EN)).isEqualTo("At most 200 characters.");
        assertThat(ValidationMessages.format(new Violation("title", null, "content.field.tooLong", Map.of("max", 21)), Language.RU))
                .isEqualTo("Не более 21 символа.");
    }

    @Test
    void aForbiddenCharacterIsNamedWithItsPositionInEveryLanguage() {
        Violation pasted = Violation.of("summary", Language.ZH, "content.field.forbiddenCharacter", Map.of("character", "U+0001", "position", 1234));

        assertThat(ValidationMessages.format(pasted, Language.ZH)).contains("控制字符", "U+0001", "第 1,234 个字符");
        assertThat(ValidationMessages.format(pasted, Language.RU)).contains("управляющий символ", "U+0001", "знак № 1\u00a0234");
        assertThat(ValidationMessages.format(pasted, Language.EN)).contains("control character", "U+0001", "character 1,234");
    }

    private static Properties bundle(Language language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/validation_" + language.code() + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
