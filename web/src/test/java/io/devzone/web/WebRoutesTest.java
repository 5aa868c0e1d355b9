package io.devzone.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Through HTTP: what the browser gets before the app runs. The gateway and realm URLs are the defaults. */
@QuarkusTest
class WebRoutesTest {

    @Test
    void configTellsTheAppWhereGatewayAndRealmAre() {
        given().get("/config.json").then()
                .statusCode(200)
                .contentType("application/json")
                .body("gatewayUrl", equalTo("http://localhost:8080"))
                .body("realmUrl", equalTo("http://localhost:8180/realms/devzone"))
                .body("clientId", equalTo("devzone-web"))
                .header("Cache-Control", "no-cache");
    }

    @Test
    void theAppIsServedWithItsSecurityHeaders() {
        given().get("/").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\">"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy",
                        containsString("connect-src 'self' http://localhost:8080 http://localhost:8180;"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void aDeepLinkWithItsPeriodGetsTheApp() {
        given().get("/overview?from=2011-01-01&to=2011-06-30").then()
                .statusCode(200)
                .body(containsString("<div id=\"root\">"));
        given().get("/work-summary").then()
                .statusCode(200)
                .body(containsString("<div id=\"root\">"));
        given().head("/work-summary").then()
                .statusCode(200);
    }

    @Test
    void aMissingFileIsNotFoundNotTheApp() {
        given().get("/assets/no-such-file.js").then()
                .statusCode(404)
                .body(not(containsString("<div id=\"root\">")));
    }

    @Test
    void readyWithoutAnyDependency() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }
}
