package org.jiamusi.vet.web.api;

/** A parameter the API cannot work with; answered with 400 and the message, never with a stack trace. */
public class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
