package io.devzone.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.devzone.gateway.testing.GatewayConfigs;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.vertx.core.Vertx;

/**
 * A subgraph that stops answering is news once, not once per request: the first operation it does not answer is
 * one WARN line without a stack trace, the next ones say nothing at INFO, and its first answer after that is one
 * INFO line. Over real HTTP, against a subgraph that drops every connection while "down".
 */
class SubgraphOutageLogTest {

    private final Vertx vertx = Vertx.vertx();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(SubgraphClient.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private volatile boolean down;
    private HttpServer subgraph;
    private SubgraphClient client;

    @BeforeEach
    void start() throws IOException {
        subgraph = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        subgraph.createContext("/graphql", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (down) {
                exchange.close(); // the connection ends without an answer
                return;
            }
            byte[] body = "{\"data\":{\"ping\":1}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        subgraph.start();
        // every request goes out: the circuit breaker would otherwise answer for the subgraph after a few
        client = new SubgraphClient(vertx, GatewayConfigs.of(Map.of(
                "devzone.gateway.circuit-breaker.failure-threshold", "1000",
                "devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone")), new SimpleMeterRegistry(),
                OpenTelemetry.noop());
        log.addHandler(capture);
    }

    @AfterEach
    void stop() {
        log.removeHandler(capture);
        subgraph.stop(0);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void anOutageIsLoggedWhenItBeginsAndWhenItEnds() {
        assertEquals("answered", ask());
        down = true;
        for (int i = 0; i < 4; i++) {
            assertEquals("SUBGRAPH_UNAVAILABLE", ask());
        }
        down = false;
        assertEquals("answered", ask());
        assertEquals("answered", ask());
        down = true;
        assertEquals("SUBGRAPH_UNAVAILABLE", ask());

        assertEquals(List.of("WARN did not answer", "INFO answers again", "WARN did not answer"),
                logged.stream().map(record -> (record.getLevel().intValue() >= Level.WARNING.intValue() ? "WARN "
                        : "INFO ") + (record.getMessage().contains("answers again") ? "answers again"
                        : record.getMessage().contains("did not answer") ? "did not answer" : record.getMessage()))
                        .toList());
        logged.forEach(record -> assertEquals(null, record.getThrown(), "no stack trace for a subgraph down"));
    }

    private String ask() {
        String url = "http://127.0.0.1:" + subgraph.getAddress().getPort() + "/graphql";
        try {
            client.execute("land", url, "{ ping }", Map.of(), "Bearer caller", false, "ping", Context.root()).join();
            return "answered";
        } catch (CompletionException e) {
            return e.getCause() instanceof SubgraphUnavailableException unavailable ? unavailable.code()
                    : e.getCause().toString();
        }
    }
}
