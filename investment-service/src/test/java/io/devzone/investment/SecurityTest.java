package io.devzone.investment;

import static io.devzone.investment.Fixtures.enterprise;
import static io.devzone.investment.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.Anonymous;
import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SecurityTest {

    @Test
    void graphqlRefusesAnonymousCallers() {
        Anonymous.assertGraphQLRefused(List.of("Enterprise"), List.of("enterprises"));
    }

    /** No token, a forged one and one for another audience: one 401 problem with the house code, challenge kept. */
    @Test
    void restRefusesAnonymousAndForeignTokens() {
        List.of(given(), given().auth().oauth2("not-a-token"),
                given().auth().oauth2(TestTokens.forOtherAudience("zhang.wei", "investment")))
                .forEach(caller -> caller.get("/api/enterprises").then().statusCode(401)
                        .header("WWW-Authenticate", startsWith("Bearer"))
                        .contentType("application/problem+json")
                        .body("code", equalTo("UNAUTHENTICATED"))
                        .body("type", equalTo("urn:devzone:problem:unauthenticated"))
                        .body("instance", equalTo("/api/enterprises")));
        given().contentType(ContentType.JSON).body(enterprise(unique("anon"))).post("/api/enterprises")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        GraphQL.post(TestTokens.forOtherAudience("zhang.wei", "investment"), "{ _service { sdl } }").statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        Anonymous.assertOpenEndpointsServed("investment-service", "/api/investment-projects");
    }

    @Test
    void otherDepartmentsCannotWrite() {
        given().auth().oauth2(TestTokens.land()).contentType(ContentType.JSON).body(enterprise(unique("x")))
                .post("/api/enterprises")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"))
                .body("detail", containsString("investment"));
        GraphQL.post(TestTokens.partyAffairs(),
                "mutation($input: EnterpriseInput!) { createEnterprise(input: $input) { id } }",
                Map.of("input", enterprise(unique("y"))))
                .statusCode(200)
                .body("data.createEnterprise", equalTo(null))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("investment"));
    }

    @Test
    void leadersReadButDoNotWrite() {
        given().auth().oauth2(TestTokens.leader()).get("/api/investment-projects").then().statusCode(200);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).body(enterprise(unique("z")))
                .post("/api/enterprises").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void aTokenWithoutAStaffRoleReadsNothing() {
        given().auth().oauth2(TestTokens.token("visitor")).get("/api/enterprises")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }
}
