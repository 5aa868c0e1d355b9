package io.devzone.web;

import java.net.URI;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The app's runtime configuration, its client-side routes, and the headers every answer carries.
 * Static files (index.html, hashed assets) are Quarkus' own static resources from META-INF/resources.
 */
@Singleton
public class WebRoutes {

    /** A client-side route: no file extension, not Quarkus' own {@code /q/…} (health). */
    static final String PAGE_PATHS = "^/(?!q/)[^.]*$";

    private final String configJson;
    private final String contentSecurityPolicy;

    WebRoutes(WebConfig config) {
        configJson = new JsonObject()
                .put("gatewayUrl", stripTrailingSlash(config.gatewayUrl().toString()))
                .put("realmUrl", stripTrailingSlash(config.realmUrl().toString()))
                .put("clientId", config.clientId())
                .encode();
        contentSecurityPolicy = contentSecurityPolicy(origin(config.gatewayUrl()), origin(config.realmUrl()));
    }

    /**
     * Only this origin's scripts; data only from the gateway and Keycloak (tokens); Keycloak may be framed
     * (keycloak-js' session checks) and only this origin may frame the app. Inline styles: Ant Design writes
     * its CSS-in-JS as style elements.
     */
    static String contentSecurityPolicy(String gatewayOrigin, String keycloakOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self' " + gatewayOrigin + " " + keycloakOrigin + "; "
                + "frame-src " + keycloakOrigin + "; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self' " + keycloakOrigin;
    }

    static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void routes(@Observes Router router) {
        router.route().order(-1000).handler(this::headers);
        router.get("/config.json").handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(configJson));
        // A deep link (/overview?from=…) or a reload on one gets the app, which routes it itself
        router.routeWithRegex(PAGE_PATHS).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> {
            if ("/".equals(ctx.normalizedPath())) {
                ctx.next();
            } else {
                ctx.reroute("/index.html");
            }
        });
    }

    private void headers(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        ctx.addHeadersEndHandler(ignored -> {
            var headers = ctx.response().headers();
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            // Vite names every asset by its content's hash: those never change; a report is the caller's own, kept
            // nowhere; the rest always may change
            headers.set(HttpHeaders.CACHE_CONTROL, path.startsWith("/assets/")
                    ? "public, max-age=31536000, immutable"
                    : path.startsWith("/api/") ? "no-store" : "no-cache");
        });
        ctx.next();
    }
}
