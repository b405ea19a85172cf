package org.jiamusi.vet.seeds;

import org.jiamusi.vet.cms.programme.ProgrammeDraft;
import org.jiamusi.vet.cms.programme.ProgrammeText;
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
        List<ProgrammeDraft> programmes = SeedCatalogue.programmes();

        assertThat(programmes).hasSizeGreaterThanOrEqualTo(8);
        assertThat(programmes).extracting(ProgrammeDraft::ref).doesNotHaveDuplicates();
    }

    @Test
    void everyProgrammeIsCompleteInChineseRussianAndEnglish() {
        for (ProgrammeDraft programme : SeedCatalogue.programmes()) {
            for (Language language : Language.values()) {
                ProgrammeText text = programme.texts().get(language);
                assertThat(text).as("%s in %s", programme.ref(), language).isNotNull();
                assertThat(List.of(text.getTitle(), text.getInstitution(), text.getSummary(), text.getDescription(), text.getCareers()))
                        .as("%s in %s", programme.ref(), language)
                        .allSatisfy(field -> assertThat(field).isNotBlank());
            }
        }
    }

    @Test
    void theDentalProsthesisProgrammeNamedInThePlanIsThere() {
        assertThat(SeedCatalogue.programmes())
                .extracting(p -> p.texts().get(Language.ZH).getTitle())
                .contains("口腔修复工艺");
    }
}
