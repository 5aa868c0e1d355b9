package io.devzone.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.devzone.platform.http.BodySizeLimit;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A body over {@code quarkus.http.limits.max-body-size} ({@link BodySizeLimit}): 413 with the GraphQL error body and
 * code {@code REQUEST_TOO_LARGE}, where Quarkus answers an empty 413.
 */
@ApplicationScoped
public class BodyLimit {

    private final ObjectMapper json;
    private final BodySizeLimit bodySizeLimit;

    BodyLimit(ObjectMapper json, BodySizeLimit bodySizeLimit) {
        this.json = json;
        this.bodySizeLimit = bodySizeLimit;
    }

    void install(@Observes Router router) {
        bodySizeLimit.install(router, this::tooLarge);
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
                            "The request body is larger than " + bodySizeLimit.maxBodySize() + " bytes.")));
        } catch (JsonProcessingException e) {
            request.fail(e);
        }
    }
}
