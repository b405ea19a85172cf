package org.jiamusi.vet.cms.media;

import java.util.Map;

/** An upload or a deletion the media library refuses, with a message key and its arguments for the editor; nothing was stored or removed. */
public class MediaRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Map<String, Object> arguments;

    public MediaRejectedException(String messageKey, Map<String, Object> arguments) {
        super(messageKey + " " + arguments);
        this.messageKey = messageKey;
        this.arguments = Map.copyOf(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }
}
