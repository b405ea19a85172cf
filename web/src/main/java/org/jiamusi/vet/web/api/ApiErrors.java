package org.jiamusi.vet.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API as JSON {@code {"error": "..."}}: the message for a bad request or an
 * unknown item, the status for what Jakarta REST refused itself (404, 405), and nothing of the
 * server's inside for anything else.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof BadRequestException bad) {
            return json(Response.Status.BAD_REQUEST.getStatusCode(), bad.getMessage());
        }
        if (failure instanceof UnknownItemException unknown) {
            return json(Response.Status.NOT_FOUND.getStatusCode(), unknown.getMessage());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return json(web.getResponse().getStatus(), web.getResponse().getStatusInfo().getReasonPhrase());
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return json(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "The request could not be answered; please try again later.");
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }
}
