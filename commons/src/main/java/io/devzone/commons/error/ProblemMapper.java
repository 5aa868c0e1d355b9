package io.devzone.commons.error;

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
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure of a REST call into an RFC 9457 problem: the caller learns what to fix, never
 * a stack trace, SQL or class name. Unexpected failures are logged with a reference the caller sees.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

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
        return respond(ErrorCode.CONFLICT, "The record conflicts with an existing one.", uri, List.of());
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(ErrorCode.CONFLICT, "The record was changed by someone else meanwhile. Read it again and retry.",
                uri, List.of());
    }

    /** Quarkus REST maps this one itself unless a mapper names it exactly. */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " at '" + jsonPath(mapping) + "'"
                : "";
        return respond(ErrorCode.BAD_REQUEST, "The request body is not valid JSON for this resource" + where + ".",
                uri, List.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ErrorCode.UNAUTHENTICATED,
                "Send a valid bearer token from the devzone realm.", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ErrorCode.FORBIDDEN, "Your roles do not allow this.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ErrorCode code = ErrorCode.forStatus(status);
        String detail = status >= 500 ? code.title() : e.getMessage();
        return respond(code, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure of %s (reference %s)", uri.getPath(), reference);
        return respond(ErrorCode.INTERNAL, "An unexpected error occurred (reference " + reference + ").", uri,
                List.of());
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

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static Response respond(ErrorCode code, String detail, UriInfo uri, List<FieldError> errors) {
        return Response.status(code.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(code, detail, uri.getPath(), errors))
                .build();
    }
}
