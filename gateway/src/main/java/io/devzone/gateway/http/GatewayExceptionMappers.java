package io.devzone.gateway.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.devzone.platform.security.IdentityProviderOutage;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

/** Refusals before execution, answered as GraphQL errors rather than empty or HTML bodies. */
public class GatewayExceptionMappers {

    /**
     * No token, or a bad one: 401. A token that could not be verified because Keycloak did not answer (a key not
     * held yet; OIDC not initialised since the gateway started) is 503 {@code AUTH_UNAVAILABLE}: it may be good.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class, OIDCException.class })
    Response unauthenticated(RuntimeException e) {
        if (IdentityProviderOutage.causes(e)) {
            IdentityProviderOutage.warn(e);
            return Response.fromResponse(ErrorBody.response(Response.Status.SERVICE_UNAVAILABLE, "AUTH_UNAVAILABLE",
                    IdentityProviderOutage.DETAIL)).header("Retry-After", IdentityProviderOutage.RETRY_AFTER).build();
        }
        return ErrorBody.response(Response.Status.UNAUTHORIZED, "UNAUTHENTICATED",
                "A valid bearer token from the DevZone Keycloak realm is required.");
    }

    /**
     * What the HTTP layer refuses before the resource runs (a body that is not JSON, an unknown path, a wrong
     * method or media type): the same GraphQL error body, never an empty one.
     */
    @ServerExceptionMapper
    Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL" : "BAD_REQUEST";
        };
        String message = status == 400 ? "The request body is not a GraphQL request in JSON."
                : "The gateway serves GraphQL at /graphql (POST, or GET for queries): " + (known == null
                        ? "HTTP " + status : known.getReasonPhrase()) + ".";
        return ErrorBody.response(known == null ? Response.Status.BAD_REQUEST : known, code, message);
    }

    // Listed one by one: Quarkus' own mappers for the specific Jackson exceptions would win otherwise.
    @ServerExceptionMapper({ JsonParseException.class, MismatchedInputException.class, JsonProcessingException.class })
    Response unreadable(JsonProcessingException e) {
        // Jackson's own message names Java types and quotes the input: say which member is wrong instead
        String member = e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()
                ? mismatched.getPath().get(0).getFieldName() : null;
        String message = member == null ? "The request body is not a GraphQL request in JSON."
                : switch (member) {
                    case "query", "operationName" -> member + " must be a string.";
                    case "variables", "extensions" -> member + " must be a JSON object.";
                    default -> "The request body is not a GraphQL request in JSON.";
                };
        return ErrorBody.response(Response.Status.BAD_REQUEST, "BAD_REQUEST", message);
    }
}
