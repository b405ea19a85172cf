package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentPermissions.Who;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.jiamusi.vet.cms.content.WorkflowStatus.ARCHIVED;
import static org.jiamusi.vet.cms.content.WorkflowStatus.DRAFT;
import static org.jiamusi.vet.cms.content.WorkflowStatus.IN_REVIEW;
import static org.jiamusi.vet.cms.content.WorkflowStatus.PUBLISHED;

/**
 * The editorial workflow as one table: each move, the states it may be made from, the state it
 * leads to, and who may make it. {@link ContentService} consults it before every move and answers
 * {@link ContentService#allowedActions} from it, so the buttons a page shows and the moves the
 * service accepts are the same cells.
 *
 * <table>
 *   <caption>The editorial workflow</caption>
 *   <tr><th>move</th><th>from</th><th>to</th><th>who</th></tr>
 *   <tr><td>{@link #SUBMIT}</td><td>draft</td><td>in review</td><td>source editor</td></tr>
 *   <tr><td>{@link #SEND_BACK}</td><td>in review</td><td>draft</td><td>publisher, or source editor</td></tr>
 *   <tr><td>{@link #PUBLISH}</td><td>draft, in review</td><td>published</td><td>publisher</td></tr>
 *   <tr><td>{@link #ARCHIVE}</td><td>draft, in review, published</td><td>archived</td><td>publisher</td></tr>
 *   <tr><td>{@link #RESTORE}</td><td>archived</td><td>draft</td><td>source editor</td></tr>
 *   <tr><td>{@link #REOPEN}</td><td>published</td><td>draft</td><td>source editor</td></tr>
 *   <tr><td>{@link #SCHEDULE}</td><td>draft, in review, published</td><td>(unchanged)</td><td>publisher</td></tr>
 * </table>
 *
 * A <em>source editor</em> is an administrator or an editor, or an institution editor for their own
 * institution's items; a <em>publisher</em> is a reviewer or an administrator. A translator makes no
 * move.
 * <p>
 * A publisher may publish a draft directly, without review: the states run draft → in review →
 * published → archived in the usual order, but review is not a gate. A chief editor who is also a
 * reviewer publishes their own news this way, and the seed loader publishes what it loads.
 * <p>
 * Taking an item off the public site is {@link #ARCHIVE}: there is no separate unpublishing, and the
 * timer's scheduled unpublishing is the same move made by the system. The timer's scheduled
 * publishing is {@link #PUBLISH}, from the same states. A save is not a move: it leaves a draft or
 * an item in review where it is and makes a published or archived item a draft again (the public
 * keeps the published revision until the next publication).
 */
public enum WorkflowAction {

    /** Sends a draft to review. */
    SUBMIT(Who.SOURCE_EDITOR, IN_REVIEW, "content.workflow.cannot.in_review", DRAFT),
    /** A reviewer returns an item in review to its editors, or an editor takes their submission back. */
    SEND_BACK(Who.PUBLISHER_OR_SOURCE_EDITOR, DRAFT, "content.workflow.alreadyDraft", IN_REVIEW),
    /** Puts the working copy on the public site. */
    PUBLISH(Who.PUBLISHER, PUBLISHED, "content.workflow.cannotPublish", DRAFT, IN_REVIEW),
    /** Takes the item off the public site, if it is there, and out of the work; its revisions are kept. */
    ARCHIVE(Who.PUBLISHER, ARCHIVED, "content.workflow.cannotArchive", DRAFT, IN_REVIEW, PUBLISHED),
    /** Brings an archived item back into the work as a draft; it stays off the public site until published. */
    RESTORE(Who.SOURCE_EDITOR, DRAFT, "content.workflow.alreadyDraft", ARCHIVED),
    /** Makes a published item a draft again; the public keeps seeing it as last published. */
    REOPEN(Who.SOURCE_EDITOR, DRAFT, "content.workflow.alreadyDraft", PUBLISHED),
    /** Sets when the item goes on and comes off the public site; the state stays until the timer moves it. */
    SCHEDULE(Who.PUBLISHER, null, "content.workflow.cannotSchedule", DRAFT, IN_REVIEW, PUBLISHED);

    private final Who who;
    private final WorkflowStatus to;
    private final String refusal;
    private final Set<WorkflowStatus> from;

    WorkflowAction(Who who, WorkflowStatus to, String refusal, WorkflowStatus first, WorkflowStatus... rest) {
        this.who = who;
        this.to = to;
        this.refusal = refusal;
        this.from = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The states the move may be made from. */
    public Set<WorkflowStatus> from() {
        return from;
    }

    /** The state an item in {@code status} is in after the move. */
    public WorkflowStatus leadsTo(WorkflowStatus status) {
        return to == null ? status : to;
    }

    /** Whether the move makes the item a draft again (the back office's one "back to draft" button). */
    public boolean returnsToDraft() {
        return to == DRAFT;
    }

    /** Whether the actor's roles allow the move on an item of this institution, whatever its state. */
    public boolean permits(Actor actor, Long institutionId) {
        return who.permits(actor, institutionId);
    }

    /** Whether the actor may make the move on the item as it stands. */
    public boolean isAllowed(Actor actor, ContentItem item) {
        return from.contains(item.getStatus()) && permits(actor, item.getInstitutionId());
    }

    /** The moves the actor may make on the item as it stands. */
    static Set<WorkflowAction> allowed(Actor actor, ContentItem item) {
        return matching(action -> action.isAllowed(actor, item));
    }

    /** The moves the actor's roles allow on an item of this institution, whatever its state. */
    static Set<WorkflowAction> permitted(Actor actor, Long institutionId) {
        return matching(action -> action.permits(actor, institutionId));
    }

    private static Set<WorkflowAction> matching(Predicate<WorkflowAction> test) {
        Set<WorkflowAction> matching = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction action : values()) {
            if (test.test(action)) {
                matching.add(action);
            }
        }
        return matching;
    }

    /** The move that makes an item in this state a draft again, if there is one. */
    static Optional<WorkflowAction> backToDraftFrom(WorkflowStatus status) {
        for (WorkflowAction action : values()) {
            if (action.returnsToDraft() && action.from.contains(status)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** Refused with {@link AccessDeniedException}, naming the rule, when the actor may not make the move. */
    void requirePermitted(Actor actor, ContentItem item) {
        who.require(actor, item.getInstitutionId());
    }

    /** Refused with {@link WorkflowException} when the item's state does not allow the move. */
    void requireFrom(ContentItem item) {
        if (!from.contains(item.getStatus())) {
            throw new WorkflowException(refusal, item.getStatus());
        }
    }
}
