package io.devzone.commons.error;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.devzone.commons.input.InputJson;
import io.devzone.commons.input.InputRules;
import io.devzone.commons.input.InvalidValueException;
import io.devzone.commons.rest.ParamConverters;
import io.devzone.commons.security.BearerChallenge;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure of a REST call into an RFC 9457 problem: the caller learns what to fix, never
 * a stack trace, SQL or class name. Unexpected failures are logged with a reference the caller sees.
 */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        List<FieldError> errors = e instanceof InvalidInputException invalid ? invalid.errors() : List.of();
        return respond(e.code(), e.getMessage(), uri, errors);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidResource(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return domain(ConflictException.clash(), uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return domain(ConflictException.changedMeanwhile(), uri);
    }

    /** Quarkus REST maps this one itself unless a mapper names it exactly. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /**
     * A body that is not JSON is {@code BAD_REQUEST}; a field of the wrong type or format (an unknown enum value, an
     * id that is no UUID, a date out of range, a number too large) is {@code VALIDATION_FAILED} at its JSON path. The
     * message says what the field takes, never Jackson's own (which names Java classes and echoes the input).
     */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String message = mapping.getCause() instanceof InvalidValueException invalid ? invalid.reason()
                    : mapping.getCause() instanceof InputCoercionException coercion ? takes(coercion.getTargetType())
                    : mapping instanceof MismatchedInputException mismatch ? takes(mismatch.getTargetType())
                    : "has the wrong type";
            return domain(new InvalidInputException(field, message), uri);
        }
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        String detail = e instanceof MismatchedInputException
                ? "The request body must be a JSON object with this resource's fields."
                : "The request body is not readable JSON" + where + ": check its syntax.";
        return respond(ErrorCode.BAD_REQUEST, detail, uri, List.of());
    }

    /**
     * An anonymous call that reaches a resource after all. A token that fails authentication is answered by
     * {@link BearerChallenge}, on REST and GraphQL alike: a mapper for {@code AuthenticationFailedException} would
     * take that over with a problem on every path.
     */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(respond(ErrorCode.UNAUTHENTICATED,
                BearerChallenge.DETAIL, uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ErrorCode.FORBIDDEN, "Your roles do not allow this.", uri, List.of());
    }

    /**
     * Also what JAX-RS makes of a parameter or body it could not read: {@link ParamConverters} and {@link InputJson}
     * refuse a bad value with the reason, which JAX-RS wraps (as a 404 for a query or path parameter).
     */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof InvalidValueException invalid && invalid.field() == null) {
            return domain(invalid.at(pathParameter(uri)), uri);
        }
        if (e.getCause() instanceof DomainException refused) {
            return domain(refused, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        ErrorCode code = ErrorCode.forStatus(status);
        String detail = status >= 500 ? Faults.report(e, uri.getPath()) : e.getMessage();
        return respond(code, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        DatabaseUnavailableException outage = DatabaseUnavailableException.behind(e);
        if (outage != null) {
            return Response.fromResponse(domain(outage, uri))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailableException.RETRY_AFTER_SECONDS).build();
        }
        return respond(ErrorCode.INTERNAL, Faults.report(e, uri.getPath()), uri, List.of());
    }

    private static Response violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(ErrorCode.VALIDATION_FAILED, detail, uri, errors);
    }

    /** {@code create.request.agreedInvestmentCny} → {@code agreedInvestmentCny}: the caller knows no method names. */
    private static String field(ConstraintViolation<?> violation) {
        int leading = 0;
        String parameter = null;
        boolean property = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> leading++;
                case PARAMETER -> {
                    leading++;
                    parameter = node.getName();
                }
                default -> property = true;
            }
        }
        String path = violation.getPropertyPath().toString();
        if (!property) {
            return parameter != null ? parameter : path;
        }
        String[] segments = path.split("\\.", leading + 1);
        return segments[segments.length - 1];
    }

    /** What a field of this Java type takes, in the caller's terms. */
    private static String takes(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return InputRules.oneOf(type);
        }
        if (type == UUID.class) {
            return InputRules.ID_FORMAT;
        }
        if (type == LocalDate.class) {
            return InputRules.DATE_FORMAT;
        }
        if (type == Integer.class || type == int.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be an object";
    }

    /** The path parameter a value came from, when its resource method did not name it: this API has one, the id. */
    private static String pathParameter(UriInfo uri) {
        var names = uri.getPathParameters().keySet();
        return names.size() == 1 ? names.iterator().next() : "path";
    }

    /** {@code members[0].name}: the field as the caller wrote it, and as GraphQL names it. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Response respond(ErrorCode code, String detail, UriInfo uri, List<FieldError> errors) {
        return Response.status(code.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(code, detail, uri.getRequestUri().getRawPath(), errors))
                .build();
    }
}
