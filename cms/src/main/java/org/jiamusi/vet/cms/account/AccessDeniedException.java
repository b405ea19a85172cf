package org.jiamusi.vet.cms.account;

/**
 * The actor's roles do not allow what they tried, in the content, the accounts or the index; nothing
 * was changed. It carries a message key, naming the rule, for the back office to show.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccessDeniedException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
