package org.jiamusi.vet.web.site;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.cms.content.ContentProjection;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;
import org.jiamusi.vet.cms.cooperation.CooperationProjectProjection;
import org.jiamusi.vet.cms.event.EventProjection;
import org.jiamusi.vet.cms.experience.ExperienceCentreProjection;
import org.jiamusi.vet.cms.experience.ExperienceCourseProjection;
import org.jiamusi.vet.cms.experience.SessionProjection;
import org.jiamusi.vet.cms.institution.InstitutionProjection;
import org.jiamusi.vet.cms.media.MediaItemProjection;
import org.jiamusi.vet.cms.news.NewsArticleProjection;
import org.jiamusi.vet.cms.page.PageProjection;
import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.cms.trainingbase.TrainingBaseProjection;
import org.jiamusi.vet.cms.content.TranslationStatus;
import org.jiamusi.vet.cms.content.WorkflowStatus;
import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Pathway;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every word of the interface lives in the bundles, in all three languages, and is used: a key
 * missing in one language, a key nothing uses, or literal text in a page fails the build.
 */
class UserInterfaceTextTest {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    /** {@code msg.get('key')} and {@code msg.format('key', ...)}; a key ending in '.' is a prefix completed at run time. */
    private static final Pattern KEY_USE = Pattern.compile("\\bmsg\\.(?:get|format)\\(\\s*['\"]([a-zA-Z0-9_.]+)['\"]");
    /** The back office's {@code am.get('key')}, {@code am.format('key', ...)}, in pages and in Java ({@code am.get("key")}). */
    private static final Pattern ADMIN_KEY_USE = Pattern.compile("\\bam\\.(?:get|format)\\(\\s*['\"]([a-zA-Z0-9_.]+)['\"]");

    /** The site's bundles and the back office's, each with the calls that use its keys. */
    private static final Map<String, Pattern> BUNDLE_USES = Map.of("site", KEY_USE, "admin", ADMIN_KEY_USE);
    /** Attributes whose value a reader sees or hears. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of(
            "title", "alt", "placeholder", "aria-label", "value", "summary", "detail", "header", "label");

    @Test
    void everyKeyExistsInChineseRussianAndEnglish() throws IOException {
        for (String name : BUNDLE_USES.keySet()) {
            everyKeyExistsInChineseRussianAndEnglish(name);
        }
    }

    private static void everyKeyExistsInChineseRussianAndEnglish(String name) throws IOException {
        Map<Language, Properties> bundles = bundles(name);
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(b -> all.addAll(b.stringPropertyNames()));

        for (Language language : Language.values()) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(bundles.get(language).stringPropertyNames());
            assertThat(missing).as("keys missing in %s_%s.properties", name, language.code()).isEmpty();
        }
    }

    @Test
    void everyMessageIsAValidIcuPatternAndRussianCountsHaveEveryForm() throws IOException {
        for (Map.Entry<Language, Properties> bundle : allBundles()) {
            for (String key : bundle.getValue().stringPropertyNames()) {
                String pattern = bundle.getValue().getProperty(key);
                assertThatCode(() -> new MessageFormat(pattern, bundle.getKey().locale()))
                        .as("%s parses as an ICU pattern", key).doesNotThrowAnyException();
                assertThat(new MessagePattern(pattern).hasNumberedArguments())
                        .as("%s names its arguments instead of numbering them", key).isFalse();
                if (bundle.getKey() == Language.RU && pattern.contains("plural")) {
                    assertThat(pattern).as(key).contains("one {", "few {", "many {");
                }
            }
        }
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        for (Map.Entry<String, Pattern> bundle : BUNDLE_USES.entrySet()) {
            everyKeyIsUsedAndEveryUsedKeyExists(bundle.getKey(), bundle.getValue());
        }
    }

    private static void everyKeyIsUsedAndEveryUsedKeyExists(String name, Pattern keyUse) throws IOException {
        Set<String> used = usedKeys(keyUse);
        Set<String> defined = bundles(name).get(Language.SOURCE).stringPropertyNames();

        Set<String> unused = new TreeSet<>();
        for (String key : defined) {
            boolean direct = used.contains(key);
            boolean byPrefix = used.stream().anyMatch(use -> use.endsWith(".") && key.startsWith(use));
            if (!direct && !byPrefix) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys of %s nothing uses", name).isEmpty();

        Set<String> undefined = new TreeSet<>();
        for (String use : used) {
            if (!use.endsWith(".") && !defined.contains(use)) {
                undefined.add(use);
            }
        }
        assertThat(undefined).as("keys of %s used but not defined", name).isEmpty();
    }

    @Test
    void keysCompletedAtRunTimeExistForEveryValue() throws IOException {
        Set<String> defined = bundles("site").get(Language.SOURCE).stringPropertyNames();
        List<String> expected = new ArrayList<>();
        for (Level level : Level.values()) {
            expected.add("level." + level.name());
        }
        for (Pathway pathway : Pathway.values()) {
            expected.add("pathway." + pathway.name());
            if (pathway != Pathway.NONE) {
                expected.add("pathway.short." + pathway.name());
                expected.add("pathway.route." + pathway.name());
            }
        }
        for (District district : District.values()) {
            expected.add("district." + district.name());
        }
        for (String facet : ProgrammesView.FILTERS) {
            expected.add("programmes.facet." + facet);
        }
        for (String sort : ProgrammesView.SORTS) {
            expected.add("programmes.sort." + sort);
        }
        for (String stage : List.of("secondary", "higher", "undergraduate")) {
            expected.add("pathway.stage." + stage + ".1");
            expected.add("pathway.stage." + stage + ".2");
        }
        for (Language language : Language.values()) {
            expected.add("language." + language.code());
            expected.add("content.fallbackNotice." + language.code());
        }
        assertThat(defined).containsAll(expected);

        Set<String> admin = bundles("admin").get(Language.SOURCE).stringPropertyNames();
        List<String> adminExpected = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            adminExpected.add("type." + type.name());
        }
        for (WorkflowStatus status : WorkflowStatus.values()) {
            adminExpected.add("status." + status.name());
        }
        for (TranslationStatus status : TranslationStatus.values()) {
            adminExpected.add("translation." + status.name());
        }
        for (Language language : Language.values()) {
            adminExpected.add("language." + language.code());
        }
        // The editor labels every field of every type and every choice of an enum field.
        for (ContentProjection projection : List.of(new InstitutionProjection(), new ProgrammeProjection(),
                new ExperienceCentreProjection(), new ExperienceCourseProjection(), new SessionProjection(), new EventProjection(),
                new TrainingBaseProjection(), new CooperationProjectProjection(), new NewsArticleProjection(), new PageProjection(),
                new MediaItemProjection())) {
            for (FieldDef field : projection.schema().fields()) {
                adminExpected.add("field." + field.name());
                if (field.kind() == FieldKind.ENUM) {
                    for (Enum<?> constant : field.enumType().getEnumConstants()) {
                        adminExpected.add("enum." + field.enumType().getSimpleName() + "." + constant.name());
                    }
                }
            }
        }
        assertThat(admin).containsAll(adminExpected);
    }

    @Test
    void pagesHoldNoLiteralText() throws Exception {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                literals.addAll(literalTextIn(page));
            }
        }
        assertThat(literals).as("literal user-facing text in pages (use msg.get, or am.get in the back office)").isEmpty();
    }

    private static List<String> literalTextIn(Path page) throws Exception {
        List<String> found = new ArrayList<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(page.toFile(), new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private int ignored;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                flush();
                if (localName.equals("style") || localName.equals("script")) {
                    ignored++;
                }
                for (int i = 0; i < attributes.getLength(); i++) {
                    if (TEXT_ATTRIBUTES.contains(attributes.getLocalName(i)) && hasLiteralWords(attributes.getValue(i))) {
                        found.add(page + ": " + localName + "@" + attributes.getLocalName(i) + "=\"" + attributes.getValue(i) + "\"");
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                flush();
                if (localName.equals("style") || localName.equals("script")) {
                    ignored--;
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            private void flush() {
                if (ignored == 0 && hasLiteralWords(text.toString())) {
                    found.add(page + ": \"" + text.toString().strip() + "\"");
                }
                text.setLength(0);
            }
        });
        return found;
    }

    /** Text with letters once every EL expression is taken out. */
    private static boolean hasLiteralWords(String value) {
        String withoutExpressions = value.replaceAll("[#$]\\{[^}]*}", "");
        return withoutExpressions.codePoints().anyMatch(Character::isLetter);
    }

    private static Set<String> usedKeys(Pattern use) throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : List.of(PAGES, JAVA)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = use.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        return used;
    }

    private static List<Map.Entry<Language, Properties>> allBundles() throws IOException {
        List<Map.Entry<Language, Properties>> all = new ArrayList<>();
        for (String name : BUNDLE_USES.keySet()) {
            all.addAll(bundles(name).entrySet());
        }
        return all;
    }

    private static Map<Language, Properties> bundles(String name) throws IOException {
        Map<Language, Properties> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name + "_" + language.code() + ".properties"), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.put(language, properties);
        }
        return bundles;
    }
}
