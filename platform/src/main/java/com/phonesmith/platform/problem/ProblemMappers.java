package com.phonesmith.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error a service answers is an application/problem+json document. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A restarted database is back within seconds; a client that waits this long is not early. */
    private static final int DATABASE_RETRY_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = new Problem(typeOf(e.status()), e.title(), e.status(), e.getMessage(), path(uri),
                e.errors().isEmpty() ? null : e.errors());
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        // whole seconds, rounded up, so that a client waiting that long is never early
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER,
                Math.max(1, (wait.toMillis() + 999) / 1000)));
        return response.build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        // more specific than Quarkus' built-in mapper for this type, which answers without a problem body
        return invalidJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidJson(JsonProcessingException e, UriInfo uri) {
        Problem.FieldError error = JsonProblems.fieldErrorOf(e);
        return respond(new Problem(typeOf(400), "Malformed request body", 400,
                error.field() + ": " + error.reason(), path(uri), List.of(error)));
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.reason())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return respond(new Problem(typeOf(400), "Invalid request", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(new Problem(typeOf(status), title, status, e.getMessage(), path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (Outages.isDatabaseOutage(e)) {
            LOG.warn("database unreachable answering " + path(uri) + ": " + e.getMessage());
            return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_SECONDS)
                    .entity(new Problem(typeOf(503), "Service unavailable", 503, "the database cannot be reached for"
                            + " the moment; retry in a few seconds", path(uri), null))
                    .build();
        }
        if (ConcurrentChanges.isConcurrentChange(e)) {
            LOG.info("concurrent change answering " + path(uri) + ": " + e.getMessage());
            return Response.status(409).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, 1)
                    .entity(new Problem(typeOf(409), "Conflict", 409, "the same record was changed by another request"
                            + " at the same moment; nothing of this one was applied: send it again", path(uri), null))
                    .build();
        }
        LOG.error("unexpected error answering " + path(uri), e);
        return respond(new Problem(typeOf(500), "Internal error", 500,
                "the service failed unexpectedly; the request was not applied", path(uri), null));
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        // Paths of resource parameters start with the method and parameter: report the property path
        // inside the parameter, or the parameter itself when the violation is on it.
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null) {
                        property.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                    if (node.isInIterable() && node.getIndex() != null) {
                        property.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null) {
                        property.append(property.length() > 0 ? "." : "").append(node.getName());
                    }
                }
            }
        }
        if (property.length() > 0) {
            return property.toString();
        }
        return parameter != null ? parameter : "body";
    }

    private static String typeOf(int status) {
        return "https://phonesmith.example/problems/" + status;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
