package org.jiamusi.vet.web.api;

/** No published item answers to the id or slug asked for; answered with 404 and the message. */
public class UnknownItemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownItemException(String message) {
        super(message);
    }
}
