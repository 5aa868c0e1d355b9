package io.devzone.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** How demo scripts are replayed: refs, versions, tokens, and a clear stop at the first refused request. */
class DemoScriptTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger version = new AtomicInteger();

    @BeforeEach
    void startService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            boolean refused = body.contains("\"bad\"");
            String answer = refused ? "{\"code\":\"VALIDATION_FAILED\"}"
                    : "{\"id\":\"" + (exchange.getRequestURI().getPath().split("/").length > 3
                            ? exchange.getRequestURI().getPath().split("/")[3] : UUID.randomUUID())
                            + "\",\"version\":" + version.getAndIncrement() + "}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refused ? 400 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopService() {
        server.stop(0);
    }

    private URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    private Path script(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void namesIdsAndVersionsForLaterRequestsAcrossScripts() throws IOException {
        DemoRefs refs = DemoRefs.strict();
        DemoScript.read(script("a.json", """
                { "user": "zhang.wei", "requests": [
                  { "ref": "project.a", "method": "POST", "path": "/api/projects", "body": { "name": "A" } },
                  { "method": "POST", "path": "/api/projects/{{project.a}}/stage-changes",
                    "body": { "stage": "SIGNED", "version": "{{project.a.version}}" } } ] }"""))
                .replay(url(), "token-a", refs);
        DemoScript.read(script("b.json", """
                { "user": "li.na", "requests": [
                  { "method": "POST", "path": "/api/parcels", "body": { "ids": ["{{project.a}}"], "note": "for {{project.a}}" } } ] }"""))
                .replay(url(), "token-b", refs);

        String project = refs.id("project.a");
        assertEquals(3, received.size(), received.toString());
        assertTrue(received.get(0).startsWith("POST /api/projects Bearer token-a {\"name\":\"A\"}"), received.get(0));
        assertEquals("POST /api/projects/" + project + "/stage-changes Bearer token-a {\"stage\":\"SIGNED\",\"version\":0}",
                received.get(1));
        assertEquals("POST /api/parcels Bearer token-b {\"ids\":[\"" + project + "\"],\"note\":\"for " + project + "\"}",
                received.get(2));
    }

    @Test
    void stopsAtTheFirstRefusedRequestAndSaysWhichAndWhy() throws IOException {
        DemoScript script = DemoScript.read(script("refused.json", """
                { "user": "zhang.wei", "requests": [
                  { "method": "POST", "path": "/api/things", "body": { "name": "bad" } },
                  { "method": "POST", "path": "/api/things", "body": { "name": "never sent" } } ] }"""));

        DemoDataException e = assertThrows(DemoDataException.class,
                () -> script.replay(url(), "t", DemoRefs.strict()));

        assertTrue(e.getMessage().startsWith("refused.json, request 1 (POST /api/things): HTTP 400"), e.getMessage());
        assertTrue(e.getMessage().contains("VALIDATION_FAILED"), e.getMessage());
        assertEquals(1, received.size());
    }

    @Test
    void anUnknownRefIsAnErrorUnlessLenient() throws IOException {
        DemoScript script = DemoScript.read(script("unknown.json", """
                { "user": "li.na", "requests": [
                  { "method": "POST", "path": "/api/parcels", "body": { "projectId": "{{project.nowhere}}" } } ] }"""));

        DemoDataException e = assertThrows(DemoDataException.class,
                () -> script.replay(url(), "t", DemoRefs.strict()));
        assertTrue(e.getMessage().contains("'project.nowhere'"), e.getMessage());
        assertTrue(received.isEmpty());

        DemoRefs lenient = DemoRefs.lenient();
        script.replay(url(), "t", lenient);
        assertEquals(1, received.size());
        assertTrue(received.get(0).contains(lenient.id("project.nowhere")));
        assertNotEquals(lenient.id("project.nowhere"), DemoRefs.lenient().id("project.nowhere"));
    }

    @Test
    void aFileWithoutUserOrRequestsIsRefusedWhenRead() throws IOException {
        Path file = script("broken.json", "{ \"requests\": [] }");
        DemoDataException e = assertThrows(DemoDataException.class, () -> DemoScript.read(file));
        assertTrue(e.getMessage().contains("needs a 'user'"), e.getMessage());
    }
}
