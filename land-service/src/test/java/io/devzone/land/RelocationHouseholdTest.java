package io.devzone.land;

import static io.devzone.land.Fixtures.asLand;
import static io.devzone.land.Fixtures.create;
import static io.devzone.land.Fixtures.createArea;
import static io.devzone.land.Fixtures.createParcel;
import static io.devzone.land.Fixtures.createPlot;
import static io.devzone.land.Fixtures.household;
import static io.devzone.land.Fixtures.idNumber;
import static io.devzone.land.Fixtures.parcel;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.devzone.commons.time.ZoneClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RelocationHouseholdTest {

    private static final String PERSONAL = "query($id: ID!) { relocationHousehold(id: $id) { id status memberCount"
            + " compensationCny redactedFields headName idNumber phone members { name idNumber } } }";

    @Inject
    AgroalDataSource database;

    private static String newParcel() {
        return createParcel(parcel(uniqueCode("RH"), unique("拆迁地块"), "80"));
    }

    @Test
    void showsPersonalDataOnlyToLandAndLeaders() {
        String number = idNumber();
        Map<String, Object> body = household(newParcel(), number);
        String phone = (String) body.get("phone");
        String id = create("/api/relocation-households", body);

        for (String token : List.of(TestTokens.land(), TestTokens.leader())) {
            given().auth().oauth2(token).get("/api/relocation-households/" + id)
                    .then().statusCode(200)
                    .body("headName", equalTo("张三"))
                    .body("idNumber", equalTo(number))
                    .body("phone", equalTo(phone))
                    .body("members.name", contains("李四"))
                    .body("memberCount", equalTo(1))
                    .body("redactedFields", empty())
                    .body("redactionNote", nullValue());
        }
        for (String token : List.of(TestTokens.investment(), TestTokens.partyAffairs())) {
            given().auth().oauth2(token).get("/api/relocation-households/" + id)
                    .then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("status", equalTo("SURVEYED"))
                    .body("memberCount", equalTo(1))
                    .body("headName", nullValue())
                    .body("idNumber", nullValue())
                    .body("phone", nullValue())
                    .body("members", nullValue())
                    .body("redactedFields", contains("headName", "idNumber", "phone", "members"))
                    .body("redactionNote", containsString("land department and leaders"))
                    .body(not(containsString(number)));
        }
        given().auth().oauth2(TestTokens.investment()).queryParam("parcelId", body.get("parcelId"))
                .get("/api/relocation-households")
                .then().statusCode(200).body("items[0].idNumber", nullValue())
                .body("items[0].redactedFields", hasItem("idNumber"));

        GraphQL.post(TestTokens.land(), PERSONAL, Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.relocationHousehold.idNumber", equalTo(number))
                .body("data.relocationHousehold.members[0].name", equalTo("李四"));
        GraphQL.post(TestTokens.investment(), PERSONAL, Map.of("id", id))
                .statusCode(200)
                .body("data.relocationHousehold.id", equalTo(id))
                .body("data.relocationHousehold.status", equalTo("SURVEYED"))
                .body("data.relocationHousehold.idNumber", nullValue())
                .body("data.relocationHousehold.headName", nullValue())
                .body("errors.extensions.code", contains("FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"))
                .body("errors.path", containsInAnyOrder(
                        List.of("relocationHousehold", "headName"), List.of("relocationHousehold", "idNumber"),
                        List.of("relocationHousehold", "phone"), List.of("relocationHousehold", "members")))
                .body("errors[0].message", containsString("personal data"));
        GraphQL.entities(TestTokens.investment(), "... on RelocationHousehold { id compensationCny idNumber }",
                GraphQL.entity("RelocationHousehold", id))
                .statusCode(200)
                .body("data._entities[0].id", equalTo(id))
                .body("data._entities[0].idNumber", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].path", contains("_entities", 0, "idNumber"));
        GraphQL.entities(TestTokens.leader(), "... on RelocationHousehold { idNumber }",
                GraphQL.entity("RelocationHousehold", id))
                .statusCode(200).body("errors", nullValue()).body("data._entities[0].idNumber", equalTo(number));
    }

    @Test
    void storesIdentityNumbersAndPhonesEncrypted() throws Exception {
        String number = idNumber();
        Map<String, Object> body = household(newParcel(), number);
        String id = create("/api/relocation-households", body);
        try (Connection c = database.getConnection();
                PreparedStatement row = c.prepareStatement(
                        "select h::text, id_number_cipher from relocation_household h where id = ?")) {
            row.setObject(1, UUID.fromString(id));
            try (ResultSet rs = row.executeQuery()) {
                assertThat(rs.next(), equalTo(true));
                String whole = rs.getString(1);
                assertThat(whole, not(containsString(number)));
                assertThat(whole, not(containsString((String) body.get("phone"))));
                assertThat(whole, not(containsString("张三")));
                assertThat(whole, not(containsString("李四")));
                assertThat(rs.getString(2), notNullValue());
            }
        }
        // searchable by exact match only, and only by land and leaders
        given().auth().oauth2(TestTokens.land()).queryParam("idNumber", number).get("/api/relocation-households")
                .then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(TestTokens.leader()).queryParam("phone", body.get("phone"))
                .get("/api/relocation-households")
                .then().statusCode(200).body("items.id", contains(id));
        char wrong = number.charAt(17) == '1' ? '2' : '1';
        given().auth().oauth2(TestTokens.land()).queryParam("idNumber", number.substring(0, 17) + wrong)
                .get("/api/relocation-households")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.investment()).queryParam("idNumber", number).get("/api/relocation-households")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        // a second household headed by the same person is refused
        asLand().body(household(newParcel(), number)).post("/api/relocation-households")
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body(not(containsString(number)));
    }

    @Test
    void validatesIdentityNumbers() {
        String valid = idNumber();
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        String parcelId = newParcel();
        asLand().body(household(parcelId, valid.substring(0, 17) + wrong)).post("/api/relocation-households")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("idNumber"));
        asLand().body(household(parcelId, valid.substring(0, 16))).post("/api/relocation-households")
                .then().statusCode(400).body("errors.field", contains("idNumber"));
        asLand().body(household(parcelId, "11010519491231002X".toLowerCase())).post("/api/relocation-households")
                .then().statusCode(201).body("idNumber", equalTo("11010519491231002X"));
        Map<String, Object> badMember = household(parcelId, idNumber());
        badMember.put("members", List.of(Map.of("name", "王五", "relation", "子女", "idNumber", "123")));
        asLand().body(badMember).post("/api/relocation-households")
                .then().statusCode(400).body("errors.field", contains("members[0].idNumber"));
        Map<String, Object> missing = household(parcelId, idNumber());
        missing.remove("headName");
        missing.remove("compensationCny");
        missing.put("phone", "call me");
        asLand().body(missing).post("/api/relocation-households")
                .then().statusCode(400).body("errors.field", contains("compensationCny", "headName", "phone"));
    }

    @Test
    void movesThroughDatedStatusesAndKeepsCompensationHistory() {
        String id = Fixtures.createHousehold(newParcel());
        moveHousehold(id, "CONTRACT_SIGNED", "2020-03-01", 0)
                .statusCode(409).body("code", equalTo("CONFLICT")).body("detail", containsString("NEGOTIATING"));
        moveHousehold(id, "NEGOTIATING", "2020-02-01", 0)
                .statusCode(200).body("status", equalTo("NEGOTIATING")).body("version", equalTo(1));
        moveHousehold(id, "CONTRACT_SIGNED", "2020-03-01", 0)
                .statusCode(409).body("detail", containsString("version 0"));
        moveHousehold(id, "CONTRACT_SIGNED", new ZoneClock().today().plusDays(2).toString(), 1)
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("on"));
        moveHousehold(id, "CONTRACT_SIGNED", "2020-03-01", 1)
                .statusCode(200).body("contractSignedOn", equalTo("2020-03-01"));
        moveHousehold(id, "DEMOLISHED", "2020-02-28", 2).statusCode(400).body("errors.field", contains("on"));
        moveHousehold(id, "DEMOLISHED", "2020-04-01", 2).statusCode(200).body("demolishedOn", equalTo("2020-04-01"));
        moveHousehold(id, "RESETTLED", "2020-05-01", 3).statusCode(409).body("detail", containsString("plot"));
        String plot = createPlot(createArea());
        asLand().body(Map.of("plotId", plot, "version", 3)).post("/api/relocation-households/" + id + "/plot-assignment")
                .then().statusCode(200).body("plotId", equalTo(plot));
        moveHousehold(id, "RESETTLED", "2020-05-01", 4)
                .statusCode(200).body("status", equalTo("RESETTLED")).body("resettledOn", equalTo("2020-05-01"));

        Map<String, Object> change = household((String) given().auth().oauth2(TestTokens.land())
                .get("/api/relocation-households/" + id).then().extract().path("parcelId"),
                (String) given().auth().oauth2(TestTokens.land()).get("/api/relocation-households/" + id)
                        .then().extract().path("idNumber"));
        change.put("compensationCny", 420000);
        change.put("version", 5);
        asLand().body(change).put("/api/relocation-households/" + id)
                .then().statusCode(200).body("compensationCny", equalTo(420000.0f));

        given().auth().oauth2(TestTokens.leader()).get("/api/relocation-households/" + id + "/history")
                .then().statusCode(200)
                .body("findAll { it.field == 'status' }.newValue",
                        contains("SURVEYED", "NEGOTIATING", "CONTRACT_SIGNED", "DEMOLISHED", "RESETTLED"))
                .body("findAll { it.field == 'compensationCny' }.newValue", contains("350000.00", "420000.00"))
                .body("findAll { it.field == 'compensationCny' }.oldValue", contains(null, "350000.00"))
                .body("findAll { it.field == 'contractSignedOn' }.newValue", contains("2020-03-01"))
                .body("changedBy", hasItem("li.na"))
                .body("changedAt", hasItem(notNullValue()));
        given().auth().oauth2(TestTokens.investment()).get("/api/relocation-households/" + id + "/history")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        GraphQL.post(TestTokens.investment(), "query($id: ID!) { relocationHousehold(id: $id) { status history { field } } }",
                Map.of("id", id))
                .statusCode(200)
                .body("data.relocationHousehold.status", equalTo("RESETTLED"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        given().auth().oauth2(TestTokens.leader()).queryParam("status", "RESETTLED").queryParam("plotId", plot)
                .get("/api/relocation-households")
                .then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(TestTokens.leader()).queryParam("sort", "idNumber").get("/api/relocation-households")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void othersCannotWriteHouseholds() {
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON)
                .body(household(newParcel(), idNumber())).post("/api/relocation-households")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        GraphQL.post(TestTokens.investment(), "mutation($input: RelocationHouseholdInput!) {"
                + " createRelocationHousehold(input: $input) { id } }",
                Map.of("input", household(newParcel(), idNumber())))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    /** Moves a household to {@code status} on a date, as a client holding {@code version} would. */
    private static ValidatableResponse moveHousehold(String id, String status, String on, int version) {
        return asLand().body(Fixtures.statusChange(status, on, version))
                .post("/api/relocation-households/" + id + "/status-changes").then();
    }
}
