package io.devzone.land;

import static io.devzone.land.Fixtures.asLand;
import static io.devzone.land.Fixtures.create;
import static io.devzone.land.Fixtures.createParcel;
import static io.devzone.land.Fixtures.createParcelPlannedOn;
import static io.devzone.land.Fixtures.parcel;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.devzone.commons.time.ZoneClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AcquisitionTest {

    static Map<String, Object> acquisition(String parcelId, String areaMu, String on, String compensationCny) {
        Map<String, Object> body = new HashMap<>();
        body.put("parcelId", parcelId);
        body.put("areaMu", new BigDecimal(areaMu));
        body.put("acquiredOn", on);
        body.put("compensationCny", new BigDecimal(compensationCny));
        body.put("forestQuotaMu", new BigDecimal("2.5"));
        return body;
    }

    @Test
    void neverAcquiresMoreThanTheParcelsArea() {
        String parcelCode = uniqueCode("AQ");
        String parcel = createParcel(parcel(parcelCode, unique("征地"), "100"));
        create("/api/acquisitions", acquisition(parcel, "60", "2030-03-01", "600000"));
        asLand().body(acquisition(parcel, "40.01", "2030-03-02", "1")).post("/api/acquisitions")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("areaMu"))
                .body("detail", containsString("100.00 mu"));
        String second = create("/api/acquisitions", acquisition(parcel, "40", "2030-03-02", "400000"));

        // growing an acquisition past the area is refused too, and so is shrinking the parcel below its acquired total
        Map<String, Object> grow = acquisition(parcel, "40.50", "2030-03-02", "400000");
        grow.put("version", 0);
        asLand().body(grow).put("/api/acquisitions/" + second).then().statusCode(400).body("errors.field", contains("areaMu"));
        Map<String, Object> shrink = parcel(parcelCode, "征地", "99.99");
        shrink.put("version", 0);
        asLand().body(shrink).put("/api/land-parcels/" + parcel)
                .then().statusCode(400).body("errors.field", contains("areaMu"));
        // and a parcel with acquisitions cannot be deleted
        asLand().delete("/api/land-parcels/" + parcel).then().statusCode(409).body("code", equalTo("CONFLICT"));

        given().auth().oauth2(TestTokens.investment()).queryParam("parcelId", parcel).queryParam("sort", "-areaMu")
                .get("/api/acquisitions")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.areaMu", contains(60.0f, 40.0f));
        given().auth().oauth2(TestTokens.leader()).queryParam("parcelId", parcel).queryParam("from", "2030-03-02")
                .get("/api/acquisitions")
                .then().statusCode(200).body("items.id", contains(second));
        given().auth().oauth2(TestTokens.leader()).queryParam("from", "2030-03-02").queryParam("to", "2030-03-01")
                .get("/api/acquisitions")
                .then().statusCode(400).body("errors.field", contains("from"));
    }

    @Test
    void refusesInvalidAcquisitions() {
        asLand().body(Map.of("areaMu", -1, "compensationCny", 1.001)).post("/api/acquisitions")
                .then().statusCode(400)
                .body("errors.field", contains("acquiredOn", "areaMu", "compensationCny", "parcelId"));
        asLand().body(acquisition(Fixtures.UNKNOWN, "1", "2030-01-01", "1")).post("/api/acquisitions")
                .then().statusCode(400).body("errors.field", contains("parcelId"));
        String parcel = createParcel(parcel(uniqueCode("AQ"), unique("x"), "10"));
        given().auth().oauth2(TestTokens.investment()).contentType(ContentType.JSON)
                .body(acquisition(parcel, "1", "2030-01-01", "1")).post("/api/acquisitions").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void keepsEveryCompensationChangeOnRecordForLandAndLeadersOnly() {
        String parcel = createParcel(parcel(uniqueCode("AQ"), unique("补偿"), "50"));
        String id = create("/api/acquisitions", acquisition(parcel, "10", "2030-05-01", "100000"));
        Map<String, Object> change = acquisition(parcel, "10", "2030-05-01", "125000.50");
        change.put("version", 0);
        asLand().body(change).put("/api/acquisitions/" + id).then().statusCode(200).body("version", equalTo(1));
        asLand().body(change).put("/api/acquisitions/" + id).then().statusCode(409).body("code", equalTo("CONFLICT"));

        assertHistory("/api/acquisitions/" + id, "compensationCny", "100000.00", "125000.50");
        GraphQL.post(TestTokens.partyAffairs(), "query($id: ID!) { acquisition(id: $id) { areaMu history { field } } }",
                Map.of("id", id))
                .statusCode(200)
                .body("data.acquisition.areaMu", equalTo(10.0f))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].path", contains("acquisition", "history"));
        GraphQL.post(TestTokens.land(), "query($id: ID!) { acquisition(id: $id) { parcel { id } history { field newValue changedBy } } }",
                Map.of("id", id))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.acquisition.parcel.id", equalTo(parcel))
                .body("data.acquisition.history.newValue", hasItem("125000.50"));
    }

    @Test
    void recordsParcelStatusChangesWithWhoAndWhen() {
        String id = createParcelPlannedOn("2025-01-05", unique("状态"), "30");
        String changes = "/api/land-parcels/" + id + "/status-changes";
        asLand().body(Fixtures.statusChange("ACQUIRING", "2025-01-04", 0)).post(changes)
                .then().statusCode(400).body("errors.field", contains("on"));
        asLand().body(Fixtures.statusChange("ACQUIRING", new ZoneClock().today().plusDays(2).toString(), 0)).post(changes)
                .then().statusCode(400).body("errors.field", contains("on"));
        asLand().body(Fixtures.statusChange("ACQUIRING", "2025-02-01", 0)).post(changes).then().statusCode(200);
        given().auth().oauth2(TestTokens.investment()).get("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(200)
                .body("from", contains(null, "PLANNED"))
                .body("to", contains("PLANNED", "ACQUIRING"))
                .body("on", contains("2025-01-05", "2025-02-01"))
                .body("audit.createdBy", contains("li.na", "li.na"));
        GraphQL.post(TestTokens.partyAffairs(), "query($id: ID!) { landParcel(id: $id) { statusChanges { to on } } }",
                Map.of("id", id))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.landParcel.statusChanges.on", contains("2025-01-05", "2025-02-01"));
        assertHistory("/api/land-parcels/" + id, "status", "PLANNED", "ACQUIRING");
    }

    @Test
    void handlesDisputesUntilResolved() {
        String parcel = createParcel(parcel(uniqueCode("DP"), unique("纠纷地"), "20"));
        Map<String, Object> body = new HashMap<>();
        body.put("parcelId", parcel);
        body.put("subject", unique("坟地迁移补偿争议"));
        body.put("raisedOn", "2030-02-01");
        String id = create("/api/land-disputes", body);
        given().auth().oauth2(TestTokens.leader()).get("/api/land-disputes/" + id)
                .then().statusCode(200).body("status", equalTo("OPEN"));

        body.put("status", "RESOLVED");
        body.put("version", 0);
        asLand().body(body).put("/api/land-disputes/" + id)
                .then().statusCode(400).body("errors.field", contains("resolvedOn"));
        body.put("resolvedOn", "2030-01-31");
        asLand().body(body).put("/api/land-disputes/" + id)
                .then().statusCode(400).body("errors.field", contains("resolvedOn"));
        body.put("resolvedOn", "2030-04-01");
        body.put("handling", "村组调解, 补偿到位");
        asLand().body(body).put("/api/land-disputes/" + id)
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("version", equalTo(1));
        body.put("status", "OPEN");
        body.remove("resolvedOn");
        body.put("version", 1);
        asLand().body(body).put("/api/land-disputes/" + id)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));

        given().auth().oauth2(TestTokens.leader()).queryParam("parcelId", parcel).queryParam("status", "RESOLVED")
                .get("/api/land-disputes").then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(TestTokens.leader()).queryParam("parcelId", parcel).queryParam("status", "OPEN")
                .get("/api/land-disputes").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.land()).get("/api/land-disputes/" + id + "/history")
                .then().statusCode(200).body("newValue", contains("OPEN", "RESOLVED"));
    }

    /**
     * The leader reads in the history of {@code record} that li.na set {@code field} to each of {@code values} in
     * turn (first from nothing); another department reads no history.
     */
    private static void assertHistory(String record, String field, String... values) {
        List<String> before = new ArrayList<>();
        before.add(null);
        before.addAll(List.of(values).subList(0, values.length - 1));
        String changes = "findAll { it.field == '" + field + "' }";
        given().auth().oauth2(TestTokens.leader()).get(record + "/history")
                .then().statusCode(200)
                .body(changes + ".oldValue", contains(before.toArray()))
                .body(changes + ".newValue", contains(values))
                .body("changedBy", hasItem("li.na"));
        given().auth().oauth2(TestTokens.investment()).get(record + "/history")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }
}
