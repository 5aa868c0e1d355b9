package io.devzone.gateway.supergraph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;

/**
 * Where a supergraph SDL is read: a file, whose modification time tells when it changed, or an http(s) URL, read
 * on the composition interval.
 */
final class SupergraphSource {

    private final String location;
    private final Duration timeout;
    private final HttpClient http;
    private volatile FileTime readAt;

    SupergraphSource(String location, Duration timeout) {
        this.location = location;
        this.timeout = timeout;
        this.http = isUrl() ? HttpClient.newBuilder().connectTimeout(timeout).build() : null;
    }

    private boolean isUrl() {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** Whether the file was modified since it was last read (a URL never says so: the interval reads it). */
    boolean changed() {
        if (isUrl()) {
            return false;
        }
        try {
            return !Files.getLastModifiedTime(Path.of(location)).equals(readAt);
        } catch (IOException e) {
            return readAt != null; // gone since it was read: the next read reports why
        }
    }

    String read() throws IOException {
        if (!isUrl()) {
            Path file = Path.of(location);
            FileTime modified = Files.getLastModifiedTime(file);
            String sdl = Files.readString(file);
            readAt = modified;
            return sdl;
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(location)).timeout(timeout)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return location;
    }
}
