package org.jiamusi.vet.cms.content;

/** A workflow move that the item's state does not allow, such as publishing an archived item. */
public class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public WorkflowException(String messageKey, WorkflowStatus from) {
        super(messageKey + " from " + from);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
