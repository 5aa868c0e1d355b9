package io.devzone.commons.graphql;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import io.devzone.commons.error.ErrorCode;
import io.devzone.commons.error.HttpRefusals;
import io.devzone.graphql.limits.ErrorMessages;
import io.devzone.graphql.limits.QueryLimits;
import io.devzone.platform.http.BodySizeLimit;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Every service's {@code /graphql} as a client meets it, in front of SmallRye GraphQL: a request is refused before
 * anything runs unless it is a POST of {@code application/json} (the "simple request" types a browser sends to
 * another origin unasked, {@code text/plain}, forms and multipart, never reach execution), its body is a GraphQL
 * request object, and its operation stays within the {@link QueryLimits} the gateway applies too. Refusals are
 * GraphQL error bodies with house codes: a malformed request or a query that does not parse 400
 * {@code BAD_REQUEST}, another media type 415 {@code UNSUPPORTED_MEDIA_TYPE}, another method 405
 * {@code METHOD_NOT_ALLOWED}, too long a query (or body, through {@link HttpRefusals}) 413
 * {@code REQUEST_TOO_LARGE}, and an operation beyond the limits HTTP 200 with {@code QUERY_TOO_DEEP},
 * {@code TOO_MANY_ALIASES} or {@code QUERY_TOO_COMPLEX}, as GraphQL answers other errors.
 * <p>
 * It runs on the event loop after authentication (so an anonymous caller still gets 401 first) and costs a parse
 * bounded by the limits; the operation itself runs on a worker thread
 * ({@code quarkus.smallrye-graphql.nonblocking.enabled=false}), so a slow one never holds up REST or health.
 */
@ApplicationScoped
public class GraphQLGate {

    /** After the security filters (order -100 and below), before the routes extensions add (0 and up). */
    private static final int ORDER = -1;
    private static final String PATH = "/graphql";
    private static final String JSON = "application/json";

    private final QueryLimits limits;
    private final ObjectMapper json;
    private final long maxBodySize;

    GraphQLGate(Config config, ObjectMapper json, BodySizeLimit bodySizeLimit) {
        this.limits = QueryLimits.from(config);
        this.json = json;
        this.maxBodySize = bodySizeLimit.maxBodySize();
    }

    void install(@Observes Router router) {
        router.route(PATH).order(ORDER)
                .handler(BodyHandler.create().setBodyLimit(maxBodySize).setHandleFileUploads(false))
                .handler(this::method)
                .handler(this::check);
    }

    private void method(RoutingContext request) {
        if (request.request().method() == HttpMethod.POST) {
            request.next();
        } else {
            request.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(request, ErrorCode.METHOD_NOT_ALLOWED, "GraphQL is served with POST at /graphql.");
        }
    }

    private void check(RoutingContext request) {
        String mediaType = mediaType(request.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (!JSON.equals(mediaType)) {
            refuse(request, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the GraphQL request as application/json"
                    + (mediaType == null ? "." : ", not " + mediaType + "."));
            return;
        }
        String query;
        try {
            query = query(json.readTree(request.body().buffer() == null ? new byte[0]
                    : request.body().buffer().getBytes()));
        } catch (IOException | IllegalArgumentException e) {
            refuse(request, ErrorCode.BAD_REQUEST, "The body must be a GraphQL request: a JSON object with a query"
                    + " (a string) and optionally an operationName (a string) and variables and extensions (objects).");
            return;
        }
        Optional<GraphQLError> refusal = limits.checkLength(query);
        if (refusal.isPresent()) {
            refuse(request, 413, refusal.get());
            return;
        }
        Document document;
        try {
            document = limits.parse(query);
        } catch (ParseCancelledException | ParseCancelledTooDeepException | ParseCancelledTooManyCharsException e) {
            refuse(request, 200, QueryLimits.error("QUERY_TOO_COMPLEX", "The query is too long or too deeply nested"
                    + " to parse: " + e.getMessage()));
            return;
        } catch (InvalidSyntaxException e) {
            // refused here: SmallRye would answer it without a code
            refuse(request, ErrorCode.BAD_REQUEST, ErrorMessages.syntax(e));
            return;
        }
        refusal = limits.check(document);
        if (refusal.isPresent()) {
            refuse(request, 200, refusal.get());
        } else {
            request.next();
        }
    }

    /** The query of a GraphQL request object; anything else in the body is refused. */
    private static String query(JsonNode body) {
        if (body == null || !body.isObject() || !body.path("query").isTextual()
                || !nullOr(body.get("operationName"), JsonNode::isTextual)
                || !nullOr(body.get("variables"), JsonNode::isObject)
                || !nullOr(body.get("extensions"), JsonNode::isObject)) {
            throw new IllegalArgumentException("not a GraphQL request");
        }
        return body.get("query").textValue();
    }

    private static boolean nullOr(JsonNode node, Predicate<JsonNode> kind) {
        return node == null || node.isNull() || kind.test(node);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    /** Answers with a GraphQL body carrying only this error: every refusal before execution, see {@link HttpRefusals}. */
    public void refuse(RoutingContext request, ErrorCode code, String message) {
        refuse(request, code.status(), QueryLimits.error(code.name(), message));
    }

    private void refuse(RoutingContext request, int status, GraphQLError error) {
        Map<String, Object> body = Map.of("errors", List.of(Map.of("message", error.getMessage(),
                "extensions", Map.of("code", error.getExtensions().get("code")))));
        try {
            request.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            request.fail(e);
        }
    }
}
