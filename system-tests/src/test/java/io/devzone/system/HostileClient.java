package io.devzone.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sends hostile requests byte for byte as written (no client-side JSON, encoding or header fix-ups), each with a
 * deadline: an answer later than {@link #HANG} counts as a hang.
 */
final class HostileClient {

    static final Duration HANG = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What came back: status -1 when nothing did ({@code hung} if the deadline passed). */
    record Answer(int status, String body, boolean hung, String failure) {
        JsonNode json() {
            return Json.read(body);
        }
    }

    private HostileClient() {
    }

    static Answer send(HostileCase hostile) {
        HttpRequest.BodyPublisher body = hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(hostile.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(url(hostile.module(), hostile.path())).timeout(HANG)
                .method(hostile.method(), body);
        hostile.headers().forEach(request::header);
        if (hostile.caller().token() != null) {
            request.header("Authorization", "Bearer " + hostile.caller().token());
        }
        return exchange(request.build());
    }

    /** A plain GET (health, readings before and after a case). */
    static Answer get(String module, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(module, path)).timeout(HANG).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request.build());
    }

    /** The JSON answer of a GET that must succeed (the suite's own readings, not hostile requests). */
    static JsonNode read(String module, String path, String token) {
        Answer answer = get(module, path, token);
        if (answer.status() != 200 || answer.json() == null) {
            throw new IllegalStateException("GET " + module + path + " answered " + answer.status() + ": "
                    + answer.body() + (answer.failure() == null ? "" : answer.failure()));
        }
        return answer.json();
    }

    static URI url(String module, String path) {
        return URI.create(RunningSuite.service(module) + path);
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), false, null);
        } catch (HttpTimeoutException e) {
            return new Answer(-1, "", true, "no answer within " + HANG.toSeconds() + " s");
        } catch (IOException e) {
            return new Answer(-1, "", false, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
