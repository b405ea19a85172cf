package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.i18n.Language;

import java.util.Objects;

/**
 * Who may do what to content. Each rule is one question ({@code isXxx}, {@code mayXxx}) and the check
 * that throws when its answer is no, so that what a page shows and what the service accepts are the
 * same rule; every check is made in the service, whatever the page that called it shows or hides.
 * Which rule a workflow move needs is written in {@link WorkflowAction}.
 */
final class ContentPermissions {

    /** Who may make a workflow move, one of the rules below; {@link WorkflowAction} names one per move. */
    enum Who {
        /** Whoever writes the item's source: see {@link #isSourceEditor}. */
        SOURCE_EDITOR,
        /** A reviewer or an administrator: see {@link #isPublisher}. */
        PUBLISHER,
        /** A publisher, or whoever writes the item's source. */
        PUBLISHER_OR_SOURCE_EDITOR;

        boolean permits(Actor actor, Long institutionId) {
            return switch (this) {
                case SOURCE_EDITOR -> isSourceEditor(actor, institutionId);
                case PUBLISHER -> isPublisher(actor);
                case PUBLISHER_OR_SOURCE_EDITOR -> isPublisher(actor) || isSourceEditor(actor, institutionId);
            };
        }

        /** Throws with the key of the rule that refused; where either rule would do, the source editor's. */
        void require(Actor actor, Long institutionId) {
            switch (this) {
                case PUBLISHER -> requirePublisher(actor);
                case SOURCE_EDITOR -> requireSourceEditor(actor, institutionId);
                case PUBLISHER_OR_SOURCE_EDITOR -> {
                    if (!isPublisher(actor)) {
                        requireSourceEditor(actor, institutionId);
                    }
                }
            }
        }
    }

    private ContentPermissions() {
    }

    /**
     * Whether the actor writes the Chinese source and the facts of an item of this institution (or
     * creates one): an administrator or an editor always, an institution editor for their own.
     */
    static boolean isSourceEditor(Actor actor, Long institutionId) {
        if (actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR)) {
            return true;
        }
        return actor.has(Role.INSTITUTION_EDITOR) && ownInstitution(actor, institutionId);
    }

    /** Writing the Chinese source and the facts of an item (or creating one). */
    static void requireSourceEditor(Actor actor, Long institutionId) {
        if (isSourceEditor(actor, institutionId)) {
            return;
        }
        if (actor.has(Role.INSTITUTION_EDITOR)) {
            throw new AccessDeniedException("content.denied.otherInstitution", actor.username());
        }
        throw new AccessDeniedException("content.denied.source", actor.username());
    }

    /**
     * Whether the actor writes the translation into one language of an item of this institution:
     * whoever writes its source, and a translator of that language (never of the source).
     */
    static boolean mayTranslate(Actor actor, Long institutionId, Language language) {
        if (actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR)) {
            return true;
        }
        if (actor.has(Role.INSTITUTION_EDITOR) && Objects.equals(actor.institutionId(), institutionId)) {
            return true;
        }
        return actor.has(Role.TRANSLATOR) && language != Language.SOURCE && actor.languages().contains(language);
    }

    /** Writing the translation of one language. */
    static void requireTranslator(Actor actor, ContentItem item, Language language) {
        if (!mayTranslate(actor, item.getInstitutionId(), language)) {
            throw new AccessDeniedException("content.denied.translation", actor.username() + " " + language.code());
        }
    }

    /** Reading an item in the back office: everyone but an institution editor of another institution. */
    static void requireReader(Actor actor, ContentItem item) {
        if (!ContentLists.mayOpen(actor, item)) {
            throw new AccessDeniedException("content.denied.otherInstitution", actor.username());
        }
    }

    /** Whether the actor publishes, schedules, archives, and sends back to draft after review. */
    static boolean isPublisher(Actor actor) {
        return actor.hasAny(Role.ADMINISTRATOR, Role.REVIEWER);
    }

    static void requirePublisher(Actor actor) {
        if (!isPublisher(actor)) {
            throw new AccessDeniedException("content.denied.publish", actor.username());
        }
    }

    private static boolean ownInstitution(Actor actor, Long institutionId) {
        return actor.institutionId() != null && actor.institutionId().equals(institutionId);
    }
}
