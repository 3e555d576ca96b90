package org.madoguchi.platform.rest;

import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.CreationException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.madoguchi.platform.error.AccessDeniedException;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.platform.error.RuleViolationException;
import org.madoguchi.platform.web.Messages;

/** Turns every failure into a problem document: never an HTML error page or a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** The language an API client asked for: Japanese or English, English when it names none. */
    public static Locale locale(HttpHeaders headers) {
        // An API client that names no language gets English; one that asks for Japanese gets Japanese.
        if (headers == null || headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null
                || headers.getAcceptableLanguages().isEmpty()) {
            return Locale.ENGLISH;
        }
        return Messages.supported(headers.getAcceptableLanguages().get(0));
    }

    static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context HttpHeaders headers;
        @Context UriInfo uri;

        @Override
        public Response toResponse(InvalidInputException e) {
            return invalidInput(e, headers, uri);
        }
    }

    static Response invalidInput(InvalidInputException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        var errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), Messages.get(locale, v.messageKey(), v.args().toArray())))
                .toList();
        return Problem.of(Status.BAD_REQUEST, "invalid-input", Messages.get(locale, "problem.invalidInput"))
                .withErrors(errors).at(path(uri)).toResponse();
    }

    @Provider
    public static class RuleViolation implements ExceptionMapper<RuleViolationException> {
        @Context HttpHeaders headers;
        @Context UriInfo uri;

        @Override
        public Response toResponse(RuleViolationException e) {
            return ruleViolation(e, headers, uri);
        }
    }

    static Response ruleViolation(RuleViolationException e, HttpHeaders headers, UriInfo uri) {
        return Problem.of(Status.CONFLICT, "conflict", Messages.get(locale(headers), e.messageKey(), e.args().toArray()))
                .at(path(uri)).toResponse();
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(NotFoundException e) {
            return notFound(e, uri);
        }
    }

    static Response notFound(NotFoundException e, UriInfo uri) {
        return Problem.of(Status.NOT_FOUND, "not-found", e.getMessage()).at(path(uri)).toResponse();
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(AccessDeniedException e) {
            return denied(e, uri);
        }
    }

    static Response denied(AccessDeniedException e, UriInfo uri) {
        return Problem.of(Status.FORBIDDEN, "forbidden", e.getMessage()).at(path(uri)).toResponse();
    }

    static Response unreadable(UriInfo uri) {
        return Problem.of(Status.BAD_REQUEST, "unreadable-body",
                "The request body is not valid JSON of the expected shape.").at(path(uri)).toResponse();
    }

    /** Malformed JSON or a value of the wrong type. */
    @Provider
    public static class Unreadable implements ExceptionMapper<JsonbException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(uri);
        }
    }

    /** A body read as JSON-P ({@code JsonObject}) that is not JSON, or not of the expected structure. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(JsonException e) {
            return unreadable(uri);
        }
    }

    /** The JAX-RS runtime's wrapper for a body it could not read. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(uri);
        }
    }

    /** 401, 404, 405, 406, 413, 415 and the like raised by the JAX-RS runtime or by filters. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context HttpHeaders headers;
        @Context UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.hasEntity() && Problem.PROBLEM_JSON.isCompatible(original.getMediaType())) {
                return original;
            }
            if (e.getCause() instanceof JsonbException) {
                return unreadable(uri);
            }
            if (e.getCause() instanceof InvalidInputException invalid) { // a query parameter (WholeNumberParameters)
                return invalidInput(invalid, headers, uri);
            }
            Response.StatusType status = original.getStatusInfo();
            String slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
            Response.ResponseBuilder builder = Response.fromResponse(
                    Problem.of(status, slug, status.getReasonPhrase()).at(path(uri)).toResponse());
            original.getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.type(Problem.PROBLEM_JSON).build();
        }
    }

    /** Anything unexpected: logged with its stack trace, answered without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context HttpHeaders headers;
        @Context UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = unwrap(e);
            if (cause instanceof InvalidInputException invalid) {
                return invalidInput(invalid, headers, uri);
            }
            if (cause instanceof RuleViolationException rule) {
                return ruleViolation(rule, headers, uri);
            }
            if (cause instanceof NotFoundException nf) {
                return notFound(nf, uri);
            }
            if (cause instanceof AccessDeniedException ad) {
                return denied(ad, uri);
            }
            LOG.log(Level.SEVERE, "Unexpected error in REST call " + path(uri), e);
            return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error",
                    "The request could not be completed. The error has been logged.").at(path(uri)).toResponse();
        }

        private static Throwable unwrap(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t
                    && (t instanceof EJBException || t instanceof RollbackException
                    || t.getClass().getName().startsWith("jakarta.transaction")
                    || t instanceof CreationException)) {
                t = t.getCause();
            }
            return t;
        }
    }
}
