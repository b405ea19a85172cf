package org.jiamusi.vet.seeds;

import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SeedCatalogueTest {

    private static final Path PROGRAMME_FOLDER = Path.of("src/main/resources", SeedCatalogue.PROGRAMMES);

    @Test
    void everyProgrammeFileIsIndexedAndEveryIndexEntryExists() throws IOException {
        Set<String> files;
        try (Stream<Path> paths = Files.list(PROGRAMME_FOLDER)) {
            files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toSet());
        }
        assertThat(SeedCatalogue.index(SeedCatalogue.PROGRAMMES)).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void atLeastEightProgrammesWithUniqueReferences() {
        List<SeedItem> programmes = SeedCatalogue.programmes();

        assertThat(programmes).hasSizeGreaterThanOrEqualTo(8);
        assertThat(programmes).extracting(SeedItem::ref).doesNotHaveDuplicates();
    }

    @Test
    void everyProgrammeIsCompleteInChineseRussianAndEnglish() {
        for (SeedItem programme : SeedCatalogue.programmes()) {
            for (Language language : Language.values()) {
                for (String field : List.of("title", "institutionName", "summary", "description", "careers")) {
                    assertThat(programme.draft().text(language, field)).as("%s %s in %s", programme.ref(), field, language).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyProgrammeMeetsTheProgrammeSchema() {
        for (SeedItem programme : SeedCatalogue.programmes()) {
            assertThat(ProgrammeProjection.SCHEMA.validate(programme.draft())).as(programme.ref()).isEmpty();
        }
    }

    @Test
    void theDentalProsthesisProgrammeNamedInThePlanIsThere() {
        assertThat(SeedCatalogue.programmes())
                .extracting(p -> p.draft().text(Language.ZH, "title"))
                .contains("口腔修复工艺");
    }
}
