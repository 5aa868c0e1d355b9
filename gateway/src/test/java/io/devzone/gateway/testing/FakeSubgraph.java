package io.devzone.gateway.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.devzone.gateway.composition.SubgraphSdl;

/**
 * A subgraph on a real HTTP port: answers {@code _service} with its SDL and any other operation with what the
 * test's handler returns as {@code data}, and keeps every operation it received.
 */
public final class FakeSubgraph implements AutoCloseable {

    /** One operation as the subgraph received it. */
    public record Received(String query, Map<String, Object> variables, String authorization) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> operations = new CopyOnWriteArrayList<>();

    @SuppressWarnings("unchecked")
    public FakeSubgraph(SubgraphSdl sdl, Function<Received, Map<String, Object>> handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/graphql", exchange -> {
            Map<String, Object> request = JSON.readValue(exchange.getRequestBody(), Map.class);
            String query = (String) request.get("query");
            Map<String, Object> data;
            if (query.contains("_service")) {
                data = Map.of("_service", Map.of("sdl", sdl.sdl()));
            } else {
                Received received = new Received(query, (Map<String, Object>) request.getOrDefault("variables",
                        Map.of()), exchange.getRequestHeaders().getFirst("Authorization"));
                operations.add(received);
                data = handler.apply(received);
            }
            byte[] body = JSON.writeValueAsBytes(Map.of("data", data));
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

    /** The operations received so far, {@code _service} not counted. */
    public List<Received> operations() {
        return List.copyOf(operations);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
