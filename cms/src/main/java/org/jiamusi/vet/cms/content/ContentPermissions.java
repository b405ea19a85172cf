package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.i18n.Language;

import java.util.Objects;

/**
 * Who may do what to content. Each workflow transition has its own rule; every check is made in the
 * service, whatever the page that called it shows or hides.
 */
final class ContentPermissions {

    private ContentPermissions() {
    }

    /** Writing the Chinese source and the facts of an item (or creating one). */
    static void requireSourceEditor(Actor actor, Long institutionId) {
        if (actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR)) {
            return;
        }
        if (actor.has(Role.INSTITUTION_EDITOR)) {
            requireOwnInstitution(actor, institutionId);
            return;
        }
        throw new AccessDeniedException("content.denied.source", actor.username());
    }

    /** Writing the translation of one language. */
    static void requireTranslator(Actor actor, ContentItem item, Language language) {
        if (actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR)) {
            return;
        }
        if (actor.has(Role.INSTITUTION_EDITOR) && Objects.equals(actor.institutionId(), item.getInstitutionId())) {
            return;
        }
        if (actor.has(Role.TRANSLATOR) && language != Language.SOURCE && actor.languages().contains(language)) {
            return;
        }
        throw new AccessDeniedException("content.denied.translation", actor.username() + " " + language.code());
    }

    /** Reading an item in the back office: everyone but an institution editor of another institution. */
    static void requireReader(Actor actor, ContentItem item) {
        if (!ContentLists.mayOpen(actor, item)) {
            throw new AccessDeniedException("content.denied.otherInstitution", actor.username());
        }
    }

    /** Sending a draft to review, or taking it back to draft before review. */
    static void requireSubmitter(Actor actor, ContentItem item) {
        requireSourceEditor(actor, item.getInstitutionId());
    }

    /** Publishing, scheduling, archiving, and sending back to draft after review. */
    static void requirePublisher(Actor actor) {
        if (!actor.hasAny(Role.ADMINISTRATOR, Role.REVIEWER)) {
            throw new AccessDeniedException("content.denied.publish", actor.username());
        }
    }

    private static void requireOwnInstitution(Actor actor, Long institutionId) {
        if (actor.institutionId() == null || !actor.institutionId().equals(institutionId)) {
            throw new AccessDeniedException("content.denied.otherInstitution", actor.username());
        }
    }
}
