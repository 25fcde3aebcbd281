package org.hpms.shared.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An error answer in the shape of RFC 9457 "problem details": a status, a title a person can read,
 * and for invalid input the reason per field.
 */
public record Problem(int status, String title, Map<String, String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String title) {
        return response(status, title, Map.of());
    }

    public static Response response(Response.Status status, String title, Map<String, String> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(new Problem(status.getStatusCode(), title, errors)).build();
    }
}
