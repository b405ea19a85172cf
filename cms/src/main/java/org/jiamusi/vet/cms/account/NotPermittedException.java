package org.jiamusi.vet.cms.account;

/**
 * An actor asked for something their roles do not allow. It carries a message key for the back
 * office to show; nothing was changed.
 */
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public NotPermittedException(String username, String messageKey) {
        super(messageKey + ": " + username);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
