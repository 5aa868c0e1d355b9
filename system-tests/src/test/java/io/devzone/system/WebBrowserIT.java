package io.devzone.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web app in a real Chromium against the running suite: the web module's own browser scenarios
 * ({@code web/e2e/run.mjs}: logins through Keycloak, pages, accessibility), and its GraphQL operations against the
 * gateway's composed schema ({@code web/scripts/check-schema.mjs}), so a schema change that breaks the web app fails
 * the build. Screenshots are kept in {@code system-tests/target/web-e2e}.
 */
@ExtendWith(RunningSuite.class)
class WebBrowserIT {

    /** Where the scenarios find Chromium, unless CHROMIUM says otherwise. */
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    /** Only against a hang: the scenarios take a minute or two. */
    private static final long GIVE_UP_MINUTES = 15;

    @Test
    void theBrowserScenariosPass() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), () -> "The browser tests need Chromium at " + CHROMIUM
                + " (or set CHROMIUM): apt-get install chromium fonts-noto-cjk (.ci/run installs them)");
        Path output = Path.of(System.getProperty("devzone.web-e2e.output", "target/web-e2e")).toAbsolutePath();
        Files.createDirectories(output);

        node("web/e2e/run.mjs", Map.of(
                "DEVZONE_WEB_URL", RunningSuite.service("web").toString(),
                "DEVZONE_GATEWAY_URL", RunningSuite.service("gateway").toString(),
                "DEVZONE_OIDC_URL", RunningSuite.oidcUrl().toString(),
                "DEVZONE_E2E_OUTPUT", output.toString(),
                "CHROMIUM", CHROMIUM.toString()));
    }

    @Test
    void theWebAppsOperationsFitTheGatewaysSchema() throws Exception {
        node("web/scripts/check-schema.mjs", Map.of(
                "DEVZONE_GATEWAY_URL", RunningSuite.service("gateway").toString(),
                "DEVZONE_TOKEN", Keycloak.leader()));
    }

    /** The launcher tells the gateway where the web app runs, at whatever port offset. */
    @Test
    void theGatewayLetsTheWebAppsOriginCallIt() {
        String origin = RunningSuite.service("web").toString();
        given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options(RunningSuite.service("gateway") + "/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(origin));
    }

    /** Runs a script of the web module with node, its output in the test log; fails with that output unless it exits 0. */
    private static void node(String script, Map<String, String> environment) throws IOException, InterruptedException {
        Path root = RunningSuite.repositoryRoot();
        ProcessBuilder builder = new ProcessBuilder("node", script).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run node (Node.js 20 or newer on PATH; the web module's build needs it too): " + e.getMessage(), e);
        }
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    System.out.println("[" + script + "] " + line);
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the process is gone; its exit status tells
            }
        });
        reader.start();
        if (!process.waitFor(GIVE_UP_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        reader.join();
        int status = process.isAlive() ? -1 : process.exitValue();
        if (status != 0) {
            synchronized (lines) {
                fail("node " + script + (status == -1 ? " hung for " + GIVE_UP_MINUTES + " minutes" : " exited " + status)
                        + ":\n" + String.join("\n", lines));
            }
        }
    }
}
