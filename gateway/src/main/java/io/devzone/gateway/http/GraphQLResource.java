package io.devzone.gateway.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ExecutionResult;
import graphql.GraphQLError;

import io.devzone.gateway.config.GatewayConfig;
import io.devzone.gateway.execution.FederatedGraphQL;
import io.devzone.gateway.execution.GraphQLRequest;
import io.devzone.gateway.execution.VerbatimResult;
import io.devzone.gateway.planning.QueryPlan;
import io.devzone.gateway.supergraph.SupergraphManager;
import io.quarkus.security.Authenticated;

/**
 * The gateway's one endpoint: GraphQL over HTTP (POST, and GET for queries), automatic persisted queries, and
 * the composed schema as SDL. Every request needs a valid token, which goes on to the subgraphs unchanged.
 */
@Path("/graphql")
@Authenticated
public class GraphQLResource {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    /** The request header that asks for the plan in the answer, where {@link GatewayConfig#exposeQueryPlan()}. */
    static final String EXPOSE_QUERY_PLAN = "DevZone-Expose-Query-Plan";

    private final SupergraphManager supergraphs;
    private final PersistedQueries persistedQueries;
    private final ObjectMapper json;
    private final boolean exposeQueryPlan;

    GraphQLResource(SupergraphManager supergraphs, PersistedQueries persistedQueries, ObjectMapper json,
            GatewayConfig config) {
        this.supergraphs = supergraphs;
        this.persistedQueries = persistedQueries;
        this.json = json;
        this.exposeQueryPlan = config.exposeQueryPlan();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> post(GraphQLRequest request,
            @RestHeader(HttpHeaders.AUTHORIZATION) String authorization, @RestHeader(EXPOSE_QUERY_PLAN) String plan) {
        if (request == null) {
            return done(ErrorBody.response(Response.Status.BAD_REQUEST, "BAD_REQUEST", "The request has no body."));
        }
        return execute(request, authorization, false, "true".equalsIgnoreCase(plan));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> get(@RestQuery String query, @RestQuery String operationName,
            @RestQuery String variables, @RestQuery String extensions,
            @RestHeader(HttpHeaders.AUTHORIZATION) String authorization, @RestHeader(EXPOSE_QUERY_PLAN) String plan) {
        try {
            GraphQLRequest request = new GraphQLRequest(query, operationName, parse(variables), parse(extensions));
            return execute(request, authorization, true, "true".equalsIgnoreCase(plan));
        } catch (JsonProcessingException e) {
            return done(ErrorBody.response(Response.Status.BAD_REQUEST, "BAD_REQUEST",
                    "variables and extensions must be JSON objects."));
        }
    }

    @GET
    @Path("schema.graphql")
    @Produces(MediaType.TEXT_PLAIN)
    public Response sdl() {
        return supergraphs.current()
                .map(graphQL -> Response.ok(graphQL.supergraph().sdl()).build())
                .orElseGet(GraphQLResource::noSchema);
    }

    private CompletionStage<Response> execute(GraphQLRequest request, String authorization, boolean viaGet,
            boolean planAsked) {
        GraphQLError tooLong = supergraphs.limits().checkLength(request.query()).orElse(null);
        if (tooLong != null) {
            return done(ErrorBody.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, tooLong));
        }
        PersistedQueries.Resolved resolved = persistedQueries.resolve(request);
        if (resolved.request() == null) {
            // a persisted query not known yet is part of the protocol (200); a request without a query is malformed
            return done("BAD_REQUEST".equals(resolved.code())
                    ? ErrorBody.response(Response.Status.BAD_REQUEST, resolved.code(), resolved.message())
                    : Response.ok(ErrorBody.of(resolved.code(), resolved.message())).build());
        }
        if (hasUnpairedSurrogate(resolved.request().query()) || hasUnpairedSurrogate(resolved.request().variables())) {
            // UTF-8 cannot carry it: a subgraph could not even read the request
            return done(Response.ok(ErrorBody.of("VALIDATION_FAILED", "Text must not contain an unpaired UTF-16"
                    + " surrogate (such as \\uD800): send valid Unicode text.")).build());
        }
        FederatedGraphQL graphQL = supergraphs.current().orElse(null);
        if (graphQL == null) {
            return done(noSchema());
        }
        if (viaGet && graphQL.runsMutation(resolved.request())) {
            // GET must stay safe: a link or an image tag must never write
            return done(Response.fromResponse(ErrorBody.response(Response.Status.METHOD_NOT_ALLOWED,
                    "METHOD_NOT_ALLOWED", "Mutations must be sent with POST.")).header(HttpHeaders.ALLOW, "POST")
                    .build());
        }
        CompletableFuture<ExecutionResult> result = graphQL.execute(resolved.request(), authorization);
        // after execute, which has planned the operation: the plan is a cache hit
        Optional<QueryPlan> plan = exposeQueryPlan && planAsked ? graphQL.planOf(resolved.request()) : Optional.empty();
        if (plan.isPresent()) {
            return result.thenApply(answer -> json(withPlan(answer, plan.get())));
        }
        return result.thenApply(answer -> json(answer instanceof VerbatimResult verbatim ? verbatim.body()
                : ErrorCodes.withCodes(answer.toSpecification())));
    }

    private static Response json(Object body) {
        return Response.ok(body).type(MediaType.APPLICATION_JSON).build();
    }

    /** The answer with its plan in {@code extensions.queryPlan}: the tree as text and as data. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withPlan(ExecutionResult result, QueryPlan plan) {
        Map<String, Object> answer = new LinkedHashMap<>(result instanceof VerbatimResult ? result.toSpecification()
                : ErrorCodes.withCodes(result.toSpecification()));
        Map<String, Object> extensions = new LinkedHashMap<>(answer.get("extensions") instanceof Map<?, ?> present
                ? (Map<String, Object>) present : Map.of());
        extensions.put("queryPlan", Map.of("text", plan.toString(), "node", plan.root().data()));
        answer.put("extensions", extensions);
        return answer;
    }

    /** Whether a string in the query text or anywhere in a variable's value is not valid Unicode. */
    private static boolean hasUnpairedSurrogate(Object value) {
        if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(GraphQLResource::hasUnpairedSurrogate)
                    || map.values().stream().anyMatch(GraphQLResource::hasUnpairedSurrogate);
        }
        return value instanceof List<?> list && list.stream().anyMatch(GraphQLResource::hasUnpairedSurrogate);
    }

    private Map<String, Object> parse(String value) throws JsonProcessingException {
        return value == null || value.isBlank() ? null : json.readValue(value, JSON_OBJECT);
    }

    private static Response noSchema() {
        return ErrorBody.response(Response.Status.SERVICE_UNAVAILABLE, "SCHEMA_UNAVAILABLE",
                "No schema has been composed yet: the subgraphs have not all answered. Retry shortly.");
    }

    private static CompletionStage<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }
}
