package org.jiamusi.vet.cms.trainingbase;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.Violation;
import org.jiamusi.vet.cms.testing.TrainingBases;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TrainingBaseSchemaTest {

    private static final long INSTITUTION_ID = 51;

    private static List<Violation> violations(ContentDraft draft) {
        return TrainingBaseProjection.SCHEMA.validate(draft);
    }

    @Test
    void completeDraftHasNoViolations() {
        assertThat(violations(TrainingBases.intelligentManufacturing(INSTITUTION_ID).build())).isEmpty();
    }

    @Test
    void draftWithoutChineseTitleIsRefused() {
        ContentDraft untitled = TrainingBases.intelligentManufacturing(INSTITUTION_ID).text(Language.ZH, ContentSchema.TITLE, null).build();

        assertThat(violations(untitled)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(ContentSchema.TITLE, "content.field.sourceRequired"));
    }

    @Test
    void kindIsRequired() {
        ContentDraft kindless = TrainingBases.intelligentManufacturing(INSTITUTION_ID).field(TrainingBaseProjection.KIND, null).build();

        assertThat(violations(kindless)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(TrainingBaseProjection.KIND, "content.field.required"));
    }

    @Test
    void malformedInstitutionReferenceIsRefused() {
        ContentDraft byName = TrainingBases.intelligentManufacturing(INSTITUTION_ID)
                .field(TrainingBaseProjection.INSTITUTION, "佳木斯职业学院").build();

        assertThat(violations(byName)).extracting(Violation::messageKey).containsExactly("content.field.invalid.reference");
    }
}
