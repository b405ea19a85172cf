package org.jiamusi.vet.cms.content;

/**
 * An editor's input that cannot be saved. It names the field and a message key, so the back office
 * can show the message in the editor's language next to the field; nothing was saved.
 */
public class InvalidContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public InvalidContentException(String field, String messageKey) {
        super(messageKey + ": " + field);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
