package org.madoguchi.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists field-level validation failures and is left out
 * when empty.
 */
@JsonbNillable(false)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://madoguchi.org/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String slug, String detail) {
        return new Problem(TYPE_BASE + slug, status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors.isEmpty() ? null : fieldErrors);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    /** Writes the document where the JAX-RS runtime does not run: a servlet filter, the authentication mechanism. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail);
        if (instance != null) {
            json.add("instance", instance);
        }
        response.getWriter().write(json.build().toString());
    }
}
