package io.devzone.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTest {

    @Test
    void showsEveryUrlTheLoginsAndHowToGetAToken() {
        String text = Summary.of(SuiteConfig.forRepository(Path.of("/repo")));

        for (String expected : new String[] {
                "http://localhost:8081/api/...", "http://localhost:8082/q/swagger-ui", "http://localhost:8083/graphql",
                "http://localhost:8081/q/health", "http://localhost:8180/admin", "admin / admin",
                "zhang.wei", "role investment", "chen.jie", "role leader", "password 'devzone'",
                "localhost:15432", "investment, land, party_affairs",
                "curl -s -d client_id=devzone-web -d grant_type=password -d username=zhang.wei -d password=devzone "
                        + "http://localhost:8180/realms/devzone/protocol/openid-connect/token"}) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in\n" + text);
        }
    }

    @Test
    void theWebAppIsTheFirstUrlWhatPeopleOpen() {
        String text = Summary.of(SuiteConfig.forRepository(Path.of("/repo")).withPortOffset(25_000));

        assertTrue(text.contains("Open DevZone             http://localhost:33090/"), text);
        assertEquals(text.indexOf("http://localhost:33090/"), text.indexOf("http://"), () -> "a URL before the web app's in\n" + text);
    }

    @Test
    void anExternalRealmAndDatabaseAreShownAsSuch() {
        String text = Summary.of(SuiteConfig.fromEnvironment(Path.of("/repo"), Map.of(
                "DEVZONE_OIDC_URL", "https://sso.example.com/realms/devzone",
                "LAND_DB_URL", "jdbc:postgresql://db.example.com/land")));

        assertTrue(text.contains("https://sso.example.com/realms/devzone (external)"), text);
        assertTrue(text.contains("jdbc:postgresql://db.example.com/land (external)"), text);
        assertTrue(text.contains("https://sso.example.com/realms/devzone/protocol/openid-connect/token"), text);
        assertFalse(text.contains("8180"), text);
        assertTrue(text.contains("investment, party_affairs"), text);
    }
}
