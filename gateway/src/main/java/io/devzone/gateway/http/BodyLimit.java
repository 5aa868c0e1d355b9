package io.devzone.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A body over {@code quarkus.http.limits.max-body-size}: 413 with the GraphQL error body and code
 * {@code REQUEST_TOO_LARGE}, where Quarkus answers an empty 413. Its own check of the declared length (order
 * {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}) ends the response itself, so this one runs just before and fails
 * the request instead; a body without a declared length is cut off by the body handler, which fails it with 413 alike.
 */
@ApplicationScoped
public class BodyLimit {

    private final ObjectMapper json;
    private final long maxBodySize;

    BodyLimit(Config config, ObjectMapper json) {
        this.json = json;
        this.maxBodySize = config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(BodyHandler.DEFAULT_BODY_LIMIT);
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::declaredLength);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::tooLarge);
    }

    private void declaredLength(RoutingContext request) {
        String length = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodySize) {
            request.fail(413);
        } else {
            request.next();
        }
    }

    private void tooLarge(RoutingContext request) {
        if (request.statusCode() != 413 || request.response().ended()) {
            request.next();
            return;
        }
        try {
            // the unread body would otherwise follow as the next request on this connection
            request.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(json.writeValueAsString(ErrorBody.of("REQUEST_TOO_LARGE",
                            "The request body is larger than " + maxBodySize + " bytes.")));
        } catch (JsonProcessingException e) {
            request.fail(e);
        }
    }
}
