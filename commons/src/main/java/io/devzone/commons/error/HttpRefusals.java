package io.devzone.commons.error;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.devzone.commons.graphql.GraphQLGate;
import io.devzone.commons.security.BearerChallenge;
import io.devzone.platform.http.BodySizeLimit;
import io.devzone.platform.security.IdentityProviderOutage;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refusals the HTTP layer makes before any resource runs, with the house code like every other: a missing or bad
 * token 401 {@code UNAUTHENTICATED} (no token: {@link BearerChallenge}; a bad one fails the request after the
 * challenge and is answered here), a token Keycloak's absence leaves unverifiable 503 {@code AUTH_UNAVAILABLE}
 * ({@link IdentityProviderOutage}), and a body over
 * {@code quarkus.http.limits.max-body-size} 413 {@code REQUEST_TOO_LARGE}. REST paths get a problem+json,
 * {@code /graphql} a GraphQL error body ({@link GraphQLGate}'s).
 */
@ApplicationScoped
public class HttpRefusals {

    private static final String GRAPHQL = "/graphql";

    private final ObjectMapper json;
    private final GraphQLGate graphql;
    private final BodySizeLimit bodySizeLimit;

    HttpRefusals(ObjectMapper json, GraphQLGate graphql, BodySizeLimit bodySizeLimit) {
        this.json = json;
        this.graphql = graphql;
        this.bodySizeLimit = bodySizeLimit;
    }

    void install(@Observes Router router) {
        bodySizeLimit.install(router, this::failed);
    }

    private void failed(RoutingContext request) {
        if (request.response().ended()) {
            request.next();
        } else if (BearerChallenge.unverifiable(request)) {
            refuseUnverifiable(request);
        } else if (unauthenticated(request)) {
            if (request.response().headers().get("WWW-Authenticate") == null) {
                request.response().putHeader("WWW-Authenticate", "Bearer");
            }
            refuse(request, ErrorCode.UNAUTHENTICATED, BearerChallenge.DETAIL);
        } else if (request.statusCode() == 413) {
            // the unread body would otherwise follow as the next request on this connection
            request.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(request, ErrorCode.REQUEST_TOO_LARGE, "The request body is larger than " + bodySizeLimit.maxBodySize() + " bytes.");
        } else {
            request.next();
        }
    }

    /** A token that failed authentication, after OIDC's challenge set the status and {@code WWW-Authenticate}. */
    private static boolean unauthenticated(RoutingContext request) {
        Throwable failure = request.failure();
        return failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException || request.statusCode() == 401
                || request.response().getStatusCode() == 401;
    }

    /** 503 {@code AUTH_UNAVAILABLE}: the token could not be verified because Keycloak does not answer. */
    public void refuseUnverifiable(RoutingContext request) {
        request.response().putHeader("Retry-After", IdentityProviderOutage.RETRY_AFTER);
        refuse(request, ErrorCode.AUTH_UNAVAILABLE, IdentityProviderOutage.DETAIL);
    }

    /** Answers {@code request} with {@code code}'s status and body; its path stays as sent, still encoded. */
    public void refuse(RoutingContext request, ErrorCode code, String detail) {
        String path = request.request().path();
        if (GRAPHQL.equals(path)) {
            graphql.refuse(request, code, detail);
            return;
        }
        try {
            request.response().setStatusCode(code.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(Problem.of(code, detail, path, List.of())));
        } catch (JsonProcessingException e) {
            request.fail(e);
        }
    }
}
