package io.devzone.web.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.inject.Singleton;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import io.devzone.web.WebConfig;

/**
 * Asks the gateway one GraphQL query with the caller's own token, so the caller gets exactly what their roles may
 * read. A token the gateway refuses, or a gateway that cannot answer, is a {@link Refusal}.
 */
@Singleton
public class GatewayClient {

    /** Why the gateway gave no answer to render: the HTTP status and code the caller gets. */
    public static final class Refusal extends RuntimeException {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI graphql;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayClient(WebConfig config) {
        graphql = URI.create(config.gatewayUrl().toString().replaceAll("/+$", "") + "/graphql");
    }

    /** The answer ({@code data} and {@code errors}) to the query; a field refused or not answered is null in it. */
    public JsonObject query(String token, String query, JsonObject variables) {
        HttpRequest request = HttpRequest.newBuilder(graphql).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        new JsonObject().put("query", query).put("variables", variables).encode()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Refusal(503, "GATEWAY_UNAVAILABLE", "The gateway does not answer; try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal(503, "GATEWAY_UNAVAILABLE", "The gateway does not answer; try again shortly.");
        }
        JsonObject body = parse(response.body());
        if (response.statusCode() == 401) {
            throw new Refusal(401, "UNAUTHENTICATED", "The token is not valid (expired or not DevZone's): log in again.");
        }
        if (response.statusCode() == 503) {
            // Keycloak away (AUTH_UNAVAILABLE) or no schema composed yet: the gateway's own code, passed on
            String code = firstCode(body);
            throw new Refusal(503, code == null ? "GATEWAY_UNAVAILABLE" : code,
                    "The gateway cannot answer now; try again shortly.");
        }
        if (response.statusCode() != 200 || body == null) {
            throw new IllegalStateException("The gateway answered the report's query with HTTP "
                    + response.statusCode() + ", code " + firstCode(body));
        }
        return body;
    }

    private static JsonObject parse(String body) {
        try {
            return body == null || body.isBlank() ? null : new JsonObject(body);
        } catch (DecodeException e) {
            return null;
        }
    }

    private static String firstCode(JsonObject body) {
        JsonArray errors = body == null ? null : body.getJsonArray("errors");
        if (errors == null || errors.isEmpty()) {
            return null;
        }
        JsonObject extensions = errors.getJsonObject(0).getJsonObject("extensions");
        return extensions == null ? null : extensions.getString("code");
    }
}
