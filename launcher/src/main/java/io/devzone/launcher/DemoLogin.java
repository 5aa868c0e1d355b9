package io.devzone.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Access tokens for the demo users, through the demo realm's password grant on the public client. */
final class DemoLogin {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DemoLogin() {
    }

    static String token(HttpClient http, URI tokenUrl, String username) {
        String form = "client_id=devzone-web&grant_type=password&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + Summary.DEMO_PASSWORD;
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(tokenUrl).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LauncherException("No token for " + username + ": Keycloak did not answer at " + tokenUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while logging in as " + username);
        }
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new LauncherException("No token for " + username + " (HTTP " + response.statusCode() + "): "
                    + response.body());
        }
        return token.group(1);
    }
}
