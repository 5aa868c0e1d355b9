package io.devzone.gateway.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.devzone.gateway.composition.SubgraphSdl;

/**
 * A subgraph on a real HTTP port: answers {@code _service} with its SDL and any other operation with the response
 * the test's handler returns ({@code data}, {@code errors}), and keeps every operation it received and the body it
 * last answered.
 */
public final class FakeSubgraph implements AutoCloseable {

    /** One operation as the subgraph received it, with the W3C trace context it came in (null for none). */
    public record Received(String query, Map<String, Object> variables, String authorization, String traceparent) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENTITIES = Pattern.compile("(n\\d+):_entities\\(representations:\\$(r\\d+)\\)");

    private final HttpServer server;
    private final List<Received> operations = new CopyOnWriteArrayList<>();
    private volatile byte[] lastBody;

    @SuppressWarnings("unchecked")
    public FakeSubgraph(SubgraphSdl sdl, Function<Received, Map<String, Object>> handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/graphql", exchange -> {
            Map<String, Object> request = JSON.readValue(exchange.getRequestBody(), Map.class);
            String query = (String) request.get("query");
            Map<String, Object> response;
            if (query.contains("_service")) {
                response = Map.of("data", Map.of("_service", Map.of("sdl", sdl.sdl())));
            } else {
                Received received = new Received(query, (Map<String, Object>) request.getOrDefault("variables",
                        Map.of()), exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("traceparent"));
                operations.add(received);
                response = handler.apply(received);
            }
            byte[] body = JSON.writeValueAsBytes(response);
            lastBody = body;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
    }

    /** A response of data only. */
    public static Map<String, Object> data(Map<String, Object> data) {
        return Map.of("data", data);
    }

    /** The {@code _entities} answer: one object per representation, in order, under the alias the gateway used. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> entities(Received received, Function<String, Map<String, Object>> entity) {
        Matcher matcher = ENTITIES.matcher(received.query());
        if (!matcher.find()) {
            throw new AssertionError("not an _entities request: " + received.query());
        }
        List<Map<String, Object>> representations = (List<Map<String, Object>>) received.variables()
                .get(matcher.group(2));
        return data(Map.of(matcher.group(1),
                representations.stream().map(r -> entity.apply((String) r.get("id"))).toList()));
    }

    /** The body of the last answer, as sent. */
    public byte[] lastBody() {
        return lastBody;
    }

    /** The operations received so far, {@code _service} not counted. */
    public List<Received> operations() {
        return List.copyOf(operations);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
