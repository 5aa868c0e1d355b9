package io.devzone.land;

import static io.devzone.land.Fixtures.createParcel;
import static io.devzone.land.Fixtures.parcel;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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

    private static final String CREATE = "mutation($input: LandParcelInput!) { createLandParcel(input: $input) { id } }";

    @Test
    void graphqlRefusesAnonymousCallers() {
        Anonymous.assertGraphQLRefused(List.of("LandParcel", "InvestmentProject"), List.of("landParcels"));
    }

    @Test
    void restRefusesAnonymousAndForeignTokens() {
        given().get("/api/land-parcels").then().statusCode(401);
        given().get("/api/land-parcels/" + Fixtures.UNKNOWN).then().statusCode(401);
        given().contentType(ContentType.JSON).body(parcel(uniqueCode("AN"), "x", "1")).post("/api/land-parcels")
                .then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/land-parcels").then().statusCode(401);
        given().auth().oauth2(TestTokens.forOtherAudience("li.na", "land")).get("/api/land-parcels")
                .then().statusCode(401);
        GraphQL.post(TestTokens.forOtherAudience("li.na", "land"), "{ _service { sdl } }").statusCode(401);
        GraphQL.post(TestTokens.forOtherAudience("li.na", "land"), CREATE,
                Map.of("input", parcel(uniqueCode("AN"), "x", "1"))).statusCode(401);
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        Anonymous.assertOpenEndpointsServed("land-service", "/api/land-parcels");
    }

    @Test
    void otherDepartmentsCannotWrite() {
        given().auth().oauth2(TestTokens.investment()).contentType(ContentType.JSON)
                .body(parcel(uniqueCode("FB"), unique("x"), "1"))
                .post("/api/land-parcels")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"))
                .body("detail", containsString("land"));
        GraphQL.post(TestTokens.investment(), CREATE, Map.of("input", parcel(uniqueCode("FB"), unique("y"), "1")))
                .statusCode(200)
                .body("data.createLandParcel", equalTo(null))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("land"));

        String code = uniqueCode("FB");
        String id = createParcel(parcel(code, unique("z"), "1"));
        Map<String, Object> change = parcel(code, "taken over", "2");
        change.put("version", 0);
        given().auth().oauth2(TestTokens.partyAffairs()).contentType(ContentType.JSON).body(change)
                .put("/api/land-parcels/" + id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(TestTokens.investment()).delete("/api/land-parcels/" + id)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(TestTokens.land()).get("/api/land-parcels/" + id)
                .then().statusCode(200).body("version", equalTo(0)).body("name", containsString("z "));
    }

    @Test
    void leadersReadButDoNotWrite() {
        String code = uniqueCode("LD");
        String id = createParcel(parcel(code, unique("leader"), "3"));
        given().auth().oauth2(TestTokens.leader()).get("/api/land-parcels").then().statusCode(200);
        given().auth().oauth2(TestTokens.leader()).get("/api/land-parcels/" + id)
                .then().statusCode(200).body("code", equalTo(code));
        GraphQL.post(TestTokens.leader(), "query($id: ID!) { landParcel(id: $id) { code } }", Map.of("id", id))
                .statusCode(200).body("data.landParcel.code", equalTo(code));

        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON)
                .body(parcel(uniqueCode("LD"), unique("leader"), "3"))
                .post("/api/land-parcels").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(TestTokens.leader()).delete("/api/land-parcels/" + id)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        GraphQL.post(TestTokens.leader(), CREATE, Map.of("input", parcel(uniqueCode("LD"), unique("leader"), "3")))
                .statusCode(200)
                .body("data.createLandParcel", equalTo(null))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(TestTokens.leader(), "mutation($id: ID!) { deleteLandParcel(id: $id) }", Map.of("id", id))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        given().auth().oauth2(TestTokens.leader()).get("/api/land-parcels/" + id).then().statusCode(200);
    }

    @Test
    void aTokenWithoutAStaffRoleReadsNothing() {
        String visitor = TestTokens.token("visitor");
        given().auth().oauth2(visitor).get("/api/land-parcels")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        String id = createParcel(parcel(uniqueCode("VS"), unique("visitor"), "3"));
        GraphQL.refused("landParcel", "FORBIDDEN", visitor, "query($id: ID!) { landParcel(id: $id) { code } }",
                Map.of("id", id));
        GraphQL.entities(visitor, "... on LandParcel { code }", GraphQL.entity("LandParcel", id))
                .statusCode(200)
                .body("data._entities", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.entities(visitor, "... on InvestmentProject { landParcels { code } }",
                GraphQL.entity("InvestmentProject", Fixtures.projectId()))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
