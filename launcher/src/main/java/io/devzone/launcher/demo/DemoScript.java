package io.devzone.launcher.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A department's demo data (示例数据) as the API calls that record it, replayed in order through the service's own
 * REST API, so demo data obeys every rule real data does and never lives in a production migration. The file
 * format is in CONVENTIONS.md ("Demo data").
 */
public final class DemoScript {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path file;
    private final String user;
    private final List<JsonNode> requests;

    private DemoScript(Path file, String user, List<JsonNode> requests) {
        this.file = file;
        this.user = user;
        this.requests = requests;
    }

    public static DemoScript read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new DemoDataException("cannot read the demo data " + file + ": " + e.getMessage(), e);
        }
        if (!root.path("user").isTextual() || !root.path("requests").isArray()) {
            throw new DemoDataException(file + " needs a 'user' and a list of 'requests'");
        }
        List<JsonNode> requests = new ArrayList<>();
        root.get("requests").forEach(requests::add);
        for (int i = 0; i < requests.size(); i++) {
            JsonNode request = requests.get(i);
            if (!request.path("method").isTextual() || !request.path("path").asText().startsWith("/")) {
                throw new DemoDataException(file + ", request " + (i + 1) + ": needs a 'method' and a 'path' from /");
            }
        }
        return new DemoScript(file, root.get("user").asText(), List.copyOf(requests));
    }

    /** The demo user whose token the requests carry. */
    public String user() {
        return user;
    }

    public int size() {
        return requests.size();
    }

    /** Sends every request in order to the service at {@code baseUrl}; stops at the first one not answered 2xx. */
    public void replay(URI baseUrl, String bearerToken, DemoRefs refs) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        for (int i = 0; i < requests.size(); i++) {
            JsonNode request = requests.get(i);
            String where = file.getFileName() + ", request " + (i + 1) + " (" + request.get("method").asText() + " "
                    + request.get("path").asText() + ")";
            try {
                JsonNode response = send(client, baseUrl, bearerToken, request, refs, where);
                refs.seen(response);
                if (request.hasNonNull("ref")) {
                    if (response == null || !response.hasNonNull("id")) {
                        throw new DemoDataException(where + ": the answer carries no id to remember as '"
                                + request.get("ref").asText() + "'");
                    }
                    refs.remember(request.get("ref").asText(), response.get("id").asText());
                }
            } catch (DemoDataException e) {
                throw e.getMessage().startsWith(where) ? e : new DemoDataException(where + ": " + e.getMessage(), e);
            }
        }
    }

    private static JsonNode send(HttpClient client, URI baseUrl, String token, JsonNode request, DemoRefs refs,
            String where) {
        JsonNode body = refs.resolve(request.get("body"));
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        HttpRequest http = HttpRequest.newBuilder(baseUrl.resolve(refs.resolve(request.get("path").asText())))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(request.get("method").asText(), publisher)
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoDataException(where + ": no answer from " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoDataException(where + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DemoDataException(where + ": HTTP " + response.statusCode() + " " + response.body());
        }
        if (response.body().isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            return null; // an answer that is not JSON carries nothing to remember
        }
    }
}
