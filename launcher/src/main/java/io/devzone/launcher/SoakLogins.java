package io.devzone.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo roles' access tokens for the soak, each fetched again before the realm's five-minute lifespan runs out
 * (a soak outlives many tokens).
 */
final class SoakLogins {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(4);

    private record Login(String token, long fetchedAt) {
    }

    private final HttpClient http;
    private final URI tokenUrl;
    private final Map<String, Login> logins = new HashMap<>();

    SoakLogins(HttpClient http, URI tokenUrl) {
        this.http = http;
        this.tokenUrl = tokenUrl;
    }

    /** The role's token; {@link LauncherException} when Keycloak gives none. */
    synchronized String token(String username) {
        Login login = logins.get(username);
        if (login == null || System.nanoTime() - login.fetchedAt() > RENEW_AFTER.toNanos()) {
            login = new Login(DemoLogin.token(http, tokenUrl, username), System.nanoTime());
            logins.put(username, login);
        }
        return login.token();
    }
}
