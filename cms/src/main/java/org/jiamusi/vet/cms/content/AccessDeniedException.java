package org.jiamusi.vet.cms.content;

/** The actor's roles do not allow what they tried; nothing was changed. The key names the rule. */
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
