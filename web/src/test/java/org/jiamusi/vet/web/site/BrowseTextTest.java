package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.experience.InterestArea;
import org.jiamusi.vet.cms.experience.SchoolStage;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.cms.institution.InstitutionKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The institution and experience pages complete message keys with an enum's value at run time
 * ({@code district.FUJIN}, {@code interest.picture.TOURISM}): every value has its words, and every
 * interest area its picture.
 */
class BrowseTextTest {

    @Test
    void everyDistrictKindInterestAndStageHasItsWords() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/site_zh.properties"), StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        List<String> expected = new ArrayList<>();
        for (District district : District.values()) {
            expected.add("district." + district.name());
        }
        for (InstitutionKind kind : InstitutionKind.values()) {
            expected.add("institutionKind." + kind.name());
        }
        for (InterestArea area : InterestArea.values()) {
            expected.add("interest." + area.name());
            expected.add("interest.picture." + area.name());
        }
        for (SchoolStage stage : SchoolStage.values()) {
            expected.add("grade." + stage.name());
        }
        assertThat(bundle.stringPropertyNames()).containsAll(expected);
    }

    @Test
    void everyInterestAreaHasAPicture() {
        for (InterestArea area : InterestArea.values()) {
            assertThat(Path.of("src/main/webapp/resources", ExperienceFacts.illustration(area))).as(area.name()).isRegularFile();
        }
    }

    @Test
    void filterValuesReadBackAsTheyAreWrittenAndUnknownOnesAreRefused() {
        for (InterestArea area : InterestArea.values()) {
            assertThat(ExperienceFacts.interest(ExperienceFacts.param(area))).contains(area);
        }
        assertThat(ExperienceFacts.param(SchoolStage.JUNIOR_MIDDLE)).isEqualTo("junior-middle");
        assertThat(ExperienceFacts.stage("junior-middle")).contains(SchoolStage.JUNIOR_MIDDLE);
        assertThat(ExperienceFacts.stage("JUNIOR_MIDDLE")).isEmpty();
        assertThat(ExperienceFacts.interest("<script>")).isEmpty();
    }
}
