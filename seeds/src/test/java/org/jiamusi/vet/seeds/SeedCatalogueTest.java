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

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyFileOfAFolderIsIndexedAndEveryIndexEntryExists() throws IOException {
        for (ContentType type : SeedCatalogue.LOAD_ORDER) {
            Path folder = RESOURCES.resolve(SeedCatalogue.folder(type));
            assertThat(folder).as("the seed folder of %s", type.code()).isDirectory();
            Set<String> files;
            try (Stream<Path> paths = Files.list(folder)) {
                files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toSet());
            }
            assertThat(files).as("seed files of %s", type.code()).isNotEmpty();
            assertThat(SeedCatalogue.index(type)).as(type.code()).containsExactlyInAnyOrderElementsOf(files);
        }
    }

    @Test
    void everySeedFolderBelongsToATypeTheLoaderLoads() throws IOException {
        Set<String> loaded = SeedCatalogue.LOAD_ORDER.stream()
                .map(type -> RESOURCES.resolve(SeedCatalogue.folder(type)).getFileName().toString())
                .collect(Collectors.toSet());
        Set<String> folders;
        try (Stream<Path> paths = Files.list(RESOURCES.resolve(SeedCatalogue.ROOT))) {
            folders = paths.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(folders).as("folders under %s", SeedCatalogue.ROOT).containsExactlyInAnyOrderElementsOf(loaded);
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
