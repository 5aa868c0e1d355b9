package io.devzone.gateway.http;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

/** Refusals before execution, answered as GraphQL errors rather than empty or HTML bodies. */
public class GatewayExceptionMappers {

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    Response unauthenticated() {
        return ErrorBody.response(Response.Status.UNAUTHORIZED, "UNAUTHENTICATED",
                "A valid bearer token from the DevZone Keycloak realm is required.");
    }

    // Listed one by one: Quarkus' own mappers for the specific Jackson exceptions would win otherwise.
    @ServerExceptionMapper({ JsonParseException.class, MismatchedInputException.class, JsonProcessingException.class })
    Response unreadable(JsonProcessingException e) {
        return ErrorBody.response(Response.Status.BAD_REQUEST, "BAD_REQUEST",
                "The request body is not a GraphQL request in JSON: " + e.getOriginalMessage());
    }
}
