package io.devzone.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local OTLP/HTTP trace receiver (protobuf) that the suite's processes export their spans to: it keeps each span's
 * service, trace id, parent span id, name and string attributes. The OTLP messages are read by field number
 * (opentelemetry-proto's {@code trace.proto}), with no generated classes.
 */
final class TraceReceiver implements AutoCloseable {

    /** One exported span; {@code parentSpanId} is empty for a trace's first span. */
    record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ExportedSpan> spans = new ConcurrentLinkedQueue<>();

    TraceReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the OTLP receiver", e);
        }
        server.createContext("/", this::receive);
        server.start();
    }

    /** The endpoint an OTLP/HTTP exporter is given. */
    URI endpoint() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /**
     * The spans of one trace, once {@code complete} holds for them (the processes export in batches, each on its own
     * schedule), or what arrived within {@code bound}: the caller asserts on those.
     */
    List<ExportedSpan> trace(String traceId, Predicate<List<ExportedSpan>> complete, Duration bound)
            throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        List<ExportedSpan> found = spansOf(traceId);
        while (!complete.test(found) && System.nanoTime() < end) {
            Thread.sleep(100);
            found = spansOf(traceId);
        }
        return found;
    }

    private List<ExportedSpan> spansOf(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders()
                .getFirst("Content-Encoding")) ? new GZIPInputStream(exchange.getRequestBody())
                        : exchange.getRequestBody()) {
            read(UnknownFieldSet.parseFrom(body.readAllBytes()));
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            // an empty ExportTraceServiceResponse: everything accepted
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** ExportTraceServiceRequest: 1 resource_spans { 1 resource { 1 attributes }, 2 scope_spans { 2 spans } }. */
    private void read(UnknownFieldSet request) throws InvalidProtocolBufferException {
        for (ByteString resourceSpans : messages(request, 1)) {
            UnknownFieldSet resourceAndSpans = UnknownFieldSet.parseFrom(resourceSpans);
            String service = null;
            for (ByteString resource : messages(resourceAndSpans, 1)) {
                service = attributes(UnknownFieldSet.parseFrom(resource), 1).get("service.name");
            }
            for (ByteString scopeSpans : messages(resourceAndSpans, 2)) {
                for (ByteString span : messages(UnknownFieldSet.parseFrom(scopeSpans), 2)) {
                    spans.add(span(service, UnknownFieldSet.parseFrom(span)));
                }
            }
        }
    }

    /** Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 9 attributes. */
    private static ExportedSpan span(String service, UnknownFieldSet span) throws InvalidProtocolBufferException {
        return new ExportedSpan(service, hex(span, 1), hex(span, 2), hex(span, 4), text(span, 5), attributes(span, 9));
    }

    /** KeyValue: 1 key, 2 value (AnyValue: 1 string_value); values of other kinds are left out. */
    private static Map<String, String> attributes(UnknownFieldSet message, int field)
            throws InvalidProtocolBufferException {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (ByteString keyValue : messages(message, field)) {
            UnknownFieldSet pair = UnknownFieldSet.parseFrom(keyValue);
            List<ByteString> value = messages(pair, 2);
            if (!value.isEmpty()) {
                UnknownFieldSet any = UnknownFieldSet.parseFrom(value.get(0));
                if (any.hasField(1)) {
                    attributes.put(text(pair, 1), text(any, 1));
                }
            }
        }
        return attributes;
    }

    private static List<ByteString> messages(UnknownFieldSet message, int field) {
        return message.hasField(field) ? message.getField(field).getLengthDelimitedList() : List.of();
    }

    private static String text(UnknownFieldSet message, int field) {
        List<ByteString> values = messages(message, field);
        return values.isEmpty() ? "" : values.get(0).toStringUtf8();
    }

    private static String hex(UnknownFieldSet message, int field) {
        List<ByteString> values = messages(message, field);
        return values.isEmpty() ? "" : HexFormat.of().formatHex(values.get(0).toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
