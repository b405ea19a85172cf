package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftValuesTest {

    private static final ContentDraft FACTS = new ContentDraft(Map.of(
            "capacity", "24",
            "byteSize", "5368709120",
            "latitude", "46.799923",
            "date", "2026-07-15",
            "startTime", "09:30",
            "forPrimary", "true",
            "language", "RU",
            "institution", "51",
            "institutions", "51, 101,51 ,151"), Map.of());

    @Test
    void factsAreReadAsTheirTypes() {
        assertThat(DraftValues.integer(FACTS, "capacity")).isEqualTo(24);
        assertThat(DraftValues.longInteger(FACTS, "byteSize")).isEqualTo(5_368_709_120L);
        assertThat(DraftValues.decimal(FACTS, "latitude")).isEqualByComparingTo(new BigDecimal("46.799923"));
        assertThat(DraftValues.date(FACTS, "date")).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(DraftValues.time(FACTS, "startTime")).isEqualTo(LocalTime.of(9, 30));
        assertThat(DraftValues.flag(FACTS, "forPrimary")).isTrue();
        assertThat(DraftValues.choice(FACTS, "language", Language.class)).isEqualTo(Language.RU);
        assertThat(DraftValues.reference(FACTS, "institution")).isEqualTo(51L);
    }

    @Test
    void referencesKeepTheEditorsOrderAndNameEachItemOnce() {
        assertThat(DraftValues.references(FACTS, "institutions")).containsExactly(51L, 101L, 151L);
    }

    @Test
    void missingValuesReadAsNothing() {
        ContentDraft empty = ContentDraft.empty();

        assertThat(DraftValues.integer(empty, "capacity")).isNull();
        assertThat(DraftValues.date(empty, "date")).isNull();
        assertThat(DraftValues.choice(empty, "language", Language.class)).isNull();
        assertThat(DraftValues.reference(empty, "institution")).isNull();
        assertThat(DraftValues.references(empty, "institutions")).isEmpty();
    }

    @Test
    void anUntickedBoxIsANo() {
        assertThat(DraftValues.flag(ContentDraft.empty(), "forPrimary")).isFalse();
    }

    @Test
    void aValueTheSchemaWouldRefuseIsRefusedWithItsFieldName() {
        ContentDraft unchecked = new ContentDraft(Map.of("capacity", "twenty", "forPrimary", "yes", "institution", "0"), Map.of());

        assertThatThrownBy(() -> DraftValues.integer(unchecked, "capacity"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
        assertThatThrownBy(() -> DraftValues.flag(unchecked, "forPrimary"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forPrimary");
        assertThatThrownBy(() -> DraftValues.reference(unchecked, "institution"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("institution");
    }

    @Test
    void aNumberTooLargeForItsColumnIsRefusedRatherThanCutShort() {
        ContentDraft huge = new ContentDraft(Map.of("capacity", "5000000000"), Map.of());

        assertThatThrownBy(() -> DraftValues.integer(huge, "capacity")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textsComeWithTheSlugOfTheirLanguage() {
        ContentDraft draft = new ContentDraft(Map.of(), Map.of(
                Language.ZH, Map.of("title", "校园开放日"),
                Language.EN, Map.of("title", "School open day")));

        Map<Language, String> texts = DraftValues.texts(draft, Map.of(Language.ZH, "xiaoyuan-kaifangri", Language.EN, "school-open-day"),
                (values, slug) -> values.get("title") + " @ " + slug);

        assertThat(texts).containsOnlyKeys(Language.ZH, Language.EN)
                .containsEntry(Language.ZH, "校园开放日 @ xiaoyuan-kaifangri")
                .containsEntry(Language.EN, "School open day @ school-open-day");
    }

    @Test
    void aTextWithoutItsSlugIsRefused() {
        ContentDraft draft = new ContentDraft(Map.of(), Map.of(Language.ZH, Map.of("title", "校园开放日"), Language.RU, Map.of("title", "День открытых дверей")));

        assertThatThrownBy(() -> DraftValues.texts(draft, Map.of(Language.ZH, "xiaoyuan-kaifangri"), (values, slug) -> slug))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ru");
    }
}
