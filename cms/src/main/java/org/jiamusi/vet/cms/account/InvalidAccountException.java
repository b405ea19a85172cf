package org.jiamusi.vet.cms.account;

/**
 * Account details that cannot be saved. It names the field and a message key, so the back office
 * can show the message in the administrator's language next to the field; nothing was saved.
 */
public class InvalidAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public InvalidAccountException(String field, String messageKey) {
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
