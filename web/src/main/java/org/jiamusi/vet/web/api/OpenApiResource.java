package org.jiamusi.vet.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of the whole {@code /api/v1}. It is
 * written by hand, next to the code it describes, and OpenApiIT checks every path the resources
 * answer and every field of every answer against it, so the two cannot drift apart.
 */
@Path("/v1/openapi.json")
@ApplicationScoped
public class OpenApiResource {

    static final String DOCUMENT = "/openapi/v1.json";

    private volatile byte[] document;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] document() {
        if (document == null) {
            try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
                if (in == null) {
                    throw new IllegalStateException("The OpenAPI document " + DOCUMENT + " is missing from the build");
                }
                document = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }
}
