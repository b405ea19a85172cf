package org.jiamusi.vet.cms.content;

import java.util.List;

/**
 * Someone else saved the item after the editor opened it. Nothing was saved; the exception carries
 * what the other save changed, so the editor can compare and keep their own text.
 */
public class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long itemId;
    private final int editedRevision;
    private final int currentRevision;
    private final String lastAuthor;
    private final transient List<FieldChange> theirChanges;

    public EditConflictException(long itemId, int editedRevision, int currentRevision, String lastAuthor, List<FieldChange> theirChanges) {
        super("Item " + itemId + " was saved by " + lastAuthor + " as revision " + currentRevision
                + " after revision " + editedRevision + " was opened");
        this.itemId = itemId;
        this.editedRevision = editedRevision;
        this.currentRevision = currentRevision;
        this.lastAuthor = lastAuthor;
        this.theirChanges = List.copyOf(theirChanges);
    }

    public long itemId() {
        return itemId;
    }

    public int editedRevision() {
        return editedRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }

    public String lastAuthor() {
        return lastAuthor;
    }

    public List<FieldChange> theirChanges() {
        return theirChanges;
    }
}
