package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every content type's schema promises: the type's complete draft can be saved, its required
 * facts left empty are refused one by one, and a type with pages of its own needs its Chinese title
 * (the source of every translation and slug) while a type shown inside other content needs no text
 * at all. Each type's test gives its schema, how it is shown, its required facts and a complete
 * draft, and adds the rules of its own with the checks below.
 */
public abstract class ContentSchemaContract {

    /** Whether the items of a type have pages of their own. */
    protected enum Shown { ON_OWN_PAGES, WITHIN_OTHER_CONTENT }

    private final ContentSchema schema;
    private final Shown shown;
    private final Supplier<DraftBuilder> completeDraft;
    private final List<String> requiredFacts;

    protected ContentSchemaContract(ContentSchema schema, Shown shown, Supplier<DraftBuilder> completeDraft, String... requiredFacts) {
        this.schema = schema;
        this.shown = shown;
        this.completeDraft = completeDraft;
        this.requiredFacts = List.of(requiredFacts);
    }

    /** A new builder of the type's complete draft, for a test to change. */
    protected final DraftBuilder draft() {
        return completeDraft.get();
    }

    @Test
    void completeDraftHasNoViolations() {
        assertAccepted(draft());
    }

    @Test
    void requiredFactsLeftEmptyAreRefused() {
        assertThat(schema.facts()).filteredOn(FieldDef::required).extracting(FieldDef::name)
                .containsExactlyInAnyOrderElementsOf(requiredFacts);
        DraftBuilder emptied = draft();
        requiredFacts.forEach(fact -> emptied.field(fact, null));

        assertThat(violations(emptied)).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrderElementsOf(
                requiredFacts.stream().map(fact -> tuple(fact, "content.field.required")).toList());
    }

    @Test
    void titleIsRequiredExactlyWhenTheTypeHasPages() {
        assertThat(schema.hasPages()).as("has pages").isEqualTo(shown == Shown.ON_OWN_PAGES);
        if (shown == Shown.ON_OWN_PAGES) {
            assertThat(violations(draft().text(Language.ZH, ContentSchema.TITLE, null)))
                    .extracting(Violation::field, Violation::language, Violation::messageKey)
                    .containsExactly(tuple(ContentSchema.TITLE, Language.ZH, "content.field.sourceRequired"));
        } else {
            assertAccepted(draft().without(Language.ZH).without(Language.RU).without(Language.EN));
        }
    }

    protected final List<Violation> violations(DraftBuilder draft) {
        return schema.validate(draft.build());
    }

    protected final void assertAccepted(DraftBuilder draft) {
        assertThat(violations(draft)).isEmpty();
    }

    /** The draft is refused for one reason only: the given one, on the given field. */
    protected final void assertRefused(DraftBuilder draft, String field, String messageKey) {
        assertThat(violations(draft)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(field, messageKey));
    }
}
