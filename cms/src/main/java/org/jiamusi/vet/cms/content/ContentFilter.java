package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;

/**
 * What a back-office list shows: one content type, narrowed by workflow status, institution and
 * the state of one language's translation. Null means "any".
 *
 * @param translationLanguage the language whose {@code translation} state is asked for (Russian or English)
 */
public record ContentFilter(ContentType type, WorkflowStatus status, Long institutionId,
                            Language translationLanguage, TranslationStatus translation) {

    public static ContentFilter of(ContentType type) {
        return new ContentFilter(type, null, null, null, null);
    }
}
