package org.jiamusi.vet.cms.content;

import java.time.Instant;
import java.util.Map;
import org.jiamusi.vet.i18n.Language;

/**
 * One line of a back-office list: the item's editorial state, its Chinese title as last saved, and
 * where its Russian and English translations stand.
 *
 * @param title the working copy's Chinese title, or the reference where the type has no title
 */
public record ContentRow(long id, ContentType type, String ref, String title, WorkflowStatus status, Long institutionId,
                         boolean live, boolean pendingChanges, Instant updatedAt, String updatedBy,
                         Map<Language, TranslationStatus> translations) {

    public TranslationStatus translation(Language language) {
        return translations.get(language);
    }
}
