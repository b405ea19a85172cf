package org.jiamusi.vet.seeds;

import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed files themselves: listed, readable, unique, and written in all three languages. */
class SeedCatalogueTest {

    @Test
    void everyFileOfAFolderIsIndexedAndEveryIndexEntryExists() throws IOException {
        for (ContentType type : SeedCatalogue.LOAD_ORDER) {
            Path folder = Path.of("src/main/resources", SeedCatalogue.folder(type));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Set<String> files;
            try (Stream<Path> paths = Files.list(folder)) {
                files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toSet());
            }
            assertThat(SeedCatalogue.index(type)).as(type.code()).containsExactlyInAnyOrderElementsOf(files);
        }
    }

    @Test
    void referencesAreUniqueWithinEachType() {
        for (ContentType type : SeedCatalogue.LOAD_ORDER) {
            assertThat(SeedCatalogue.items(type)).extracting(SeedItem::ref).as(type.code()).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyItemHasEveryTextInChineseRussianAndEnglish() {
        for (SeedItem item : SeedCatalogue.all()) {
            Set<String> fields = new HashSet<>();
            item.texts().values().forEach(texts -> fields.addAll(texts.keySet()));
            for (Language language : Language.values()) {
                assertThat(item.texts().get(language)).as("%s/%s in %s", item.type().code(), item.ref(), language).isNotNull();
                for (String field : fields) {
                    assertThat(item.texts().get(language).get(field))
                            .as("%s/%s %s in %s", item.type().code(), item.ref(), field, language).isNotBlank();
                }
            }
        }
    }

    @Test
    void atLeastEightProgrammesAndTheDentalProsthesisProgrammeOfThePlan() {
        List<SeedItem> programmes = SeedCatalogue.items(ContentType.PROGRAMME);

        assertThat(programmes).hasSizeGreaterThanOrEqualTo(8);
        assertThat(programmes).extracting(p -> p.texts().get(Language.ZH).get("title")).contains("口腔修复工艺");
    }
}
