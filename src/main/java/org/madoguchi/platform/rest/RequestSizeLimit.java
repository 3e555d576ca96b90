package org.madoguchi.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@link #MAX_BYTES} with 413 before anything parses them, whether the size is
 * declared in Content-Length or only discovered while reading a chunked body. File imports are exempt.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    public static final int MAX_BYTES = 256 * 1024;
    /** Up to this much of an oversized body is read and discarded, so the client gets to read the 413. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    /** Paths that take whole files (history imports) and read them as a stream. */
    private static final String FILE_UPLOADS = "v1/imports/";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || request.getUriInfo().getPath().startsWith(FILE_UPLOADS)) {
            return;
        }
        InputStream in = request.getEntityStream();
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            drain(in);
            abort(request);
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static void drain(InputStream in) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (skipped < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            skipped += n;
        }
    }

    private static void abort(ContainerRequestContext request) {
        request.abortWith(Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "too-large",
                "The request body is larger than " + MAX_BYTES / 1024 + " KiB.")
                .at(request.getUriInfo().getRequestUri().getPath()).toResponse());
    }
}
