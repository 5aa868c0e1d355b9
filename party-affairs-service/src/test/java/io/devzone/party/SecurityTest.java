package io.devzone.party;

import static io.devzone.party.Fixtures.activity;
import static io.devzone.party.Fixtures.createActivity;
import static io.devzone.party.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.devzone.commons.testing.Anonymous;
import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SecurityTest {

    private static final String CREATE = "mutation($input: PartyActivityInput!) { createPartyActivity(input: $input) { id } }";

    @Test
    void graphqlRefusesAnonymousCallers() {
        Anonymous.assertGraphQLRefused(List.of("PartyActivity", "Enterprise"),
                List.of("partyActivities", "partyMembers", "partyOrganisations", "partyHonours"));
        Anonymous.assertGraphQLRefused("{ _entities(representations: [{__typename: \"WorkSummary\", "
                + "from: \"2011-01-01\", to: \"2011-06-30\"}]) { __typename } }");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/party-members", "/api/party-organisations", "/api/party-honours",
            "/api/work-summary?from=2011-01-01&to=2011-06-30",
            "/api/party-members/0196b7a4-0000-7000-8000-000000000000/history" })
    void restRefusesAnonymousCallersAndVisitorsEverywhere(String path) {
        given().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("visitor")).get(path)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void restRefusesAnonymousAndForeignTokens() {
        given().get("/api/party-activities").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/party-activities").then().statusCode(401);
        given().auth().oauth2(TestTokens.forOtherAudience("wang.fang", "party-affairs")).get("/api/party-activities")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.forOtherAudience("wang.fang", "party-affairs"))
                .contentType(ContentType.JSON).body(activity(unique("x"), "2011-06-30"))
                .post("/api/party-activities").then().statusCode(401);
        GraphQL.post(TestTokens.forOtherAudience("wang.fang", "party-affairs"), "{ _service { sdl } }").statusCode(401);
        GraphQL.post(TestTokens.forOtherAudience("chen.jie", "leader"), "{ partyActivities { totalItems } }")
                .statusCode(401);
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        Anonymous.assertOpenEndpointsServed("party-affairs-service", "/api/party-activities",
                "/api/party-members/{id}/steps", "/api/party-organisations", "/api/party-honours", "/api/work-summary",
                "redactedFields");
    }

    @Test
    void otherDepartmentsCannotWrite() {
        given().auth().oauth2(TestTokens.investment()).contentType(ContentType.JSON)
                .body(activity(unique("x"), "2011-06-30"))
                .post("/api/party-activities")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"))
                .body("detail", containsString("party-affairs"));
        GraphQL.refused("createPartyActivity", "FORBIDDEN", TestTokens.investment(), CREATE,
                Map.of("input", activity(unique("y"), "2011-06-30")))
                .body("errors[0].message", containsString("party-affairs"));

        String id = createActivity(activity(unique("Kept"), "2011-06-30"));
        given().auth().oauth2(TestTokens.land()).delete("/api/party-activities/" + id)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(TestTokens.land()).get("/api/party-activities/" + id).then().statusCode(200);
    }

    @Test
    void leadersReadButDoNotWrite() {
        Map<String, Object> body = activity(unique("Read by leaders"), "2011-06-30");
        String id = createActivity(body);
        given().auth().oauth2(TestTokens.leader()).get("/api/party-activities").then().statusCode(200);
        given().auth().oauth2(TestTokens.leader()).get("/api/party-activities/" + id).then().statusCode(200);
        GraphQL.post(TestTokens.leader(), "query($id: ID!) { partyActivity(id: $id) { id } }", Map.of("id", id))
                .statusCode(200).body("errors", nullValue()).body("data.partyActivity.id", equalTo(id));

        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).body(activity(unique("z"), "2011-06-30"))
                .post("/api/party-activities").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        body.put("version", 0);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).body(body)
                .put("/api/party-activities/" + id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(TestTokens.leader()).delete("/api/party-activities/" + id)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        GraphQL.refused("deletePartyActivity", "FORBIDDEN", TestTokens.leader(),
                "mutation($id: ID!) { deletePartyActivity(id: $id) }", Map.of("id", id));
        given().auth().oauth2(TestTokens.leader()).get("/api/party-activities/" + id)
                .then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void aTokenWithoutAStaffRoleReadsNothing() {
        String visitor = TestTokens.token("visitor");
        given().auth().oauth2(visitor).get("/api/party-activities")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        GraphQL.post(visitor, "{ partyActivities { totalItems } }")
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        String enterprise = Fixtures.enterpriseId();
        String hidden = createActivity(activity(unique("Hidden"), "2011-06-30", enterprise));
        GraphQL.entities(visitor, "... on PartyActivity { title }", GraphQL.entity("PartyActivity", hidden))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("data._entities", nullValue());
        GraphQL.entities(visitor, "... on Enterprise { id partyActivities { id } }",
                GraphQL.entity("Enterprise", enterprise))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("data._entities[0].partyActivities", nullValue());
    }
}
