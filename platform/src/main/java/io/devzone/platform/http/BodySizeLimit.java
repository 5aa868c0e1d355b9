package io.devzone.platform.http;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code quarkus.http.limits.max-body-size}, refused with the process's own body and code where Quarkus answers an
 * empty 413. Quarkus' check of the declared length (order {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}) ends the
 * response itself, so this one runs just before and fails the request instead, for the process's failure handler at
 * the same order to answer; a body without a declared length is cut off by the body handlers, which fail it with 413
 * alike.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBodySize;

    BodySizeLimit(Config config) {
        this.maxBodySize = config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(BodyHandler.DEFAULT_BODY_LIMIT);
    }

    public long maxBodySize() {
        return maxBodySize;
    }

    /** The declared-length check, and {@code refusals} to answer every request failed before a resource runs. */
    public void install(Router router, Handler<RoutingContext> refusals) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::declaredLength);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(refusals);
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
}
