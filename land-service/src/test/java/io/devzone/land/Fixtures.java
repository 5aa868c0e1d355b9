package io.devzone.land;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.devzone.commons.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Records made through the REST API, named uniquely so tests sharing one database never collide. */
final class Fixtures {

    /** An id no record has. */
    static final String UNKNOWN = "0196b7a4-0000-7000-8000-000000000000";

    private Fixtures() {
    }

    /** A request as this department's user, with a JSON body. */
    static RequestSpecification asLand() {
        return given().auth().oauth2(TestTokens.land()).contentType(ContentType.JSON);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A parcel code such as {@code JB-1A2B3C4D}, unique per call. */
    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** An investment project's id: land-service takes it on trust, never asking investment-service. */
    static String projectId() {
        return UUID.randomUUID().toString();
    }

    static Map<String, Object> parcel(String code, String name, String areaMu) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("park", "JIANGBEI");
        body.put("areaMu", new BigDecimal(areaMu));
        body.put("plannedUse", "INDUSTRIAL");
        return body;
    }

    /** A parcel already supplied (已供地) to the given project. */
    static Map<String, Object> suppliedParcel(String code, String name, String areaMu, String projectId) {
        Map<String, Object> body = parcel(code, name, areaMu);
        body.put("status", "SUPPLIED");
        body.put("investmentProjectId", projectId);
        return body;
    }

    /**
     * An obviously fictitious identity number with a valid check digit: area code 99xxxx does not exist.
     */
    static String idNumber() {
        String first17 = String.format("99%04d%s%07d", (int) (Math.random() * 10000), "1970",
                (int) (Math.random() * 10_000_000)).substring(0, 17);
        return first17 + io.devzone.land.service.IdentityNumbers.checkCharacter(first17);
    }

    static Map<String, Object> household(String parcelId, String idNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("parcelId", parcelId);
        body.put("headName", "张三");
        body.put("idNumber", idNumber);
        body.put("phone", "138" + String.format("%08d", (int) (Math.random() * 100_000_000)));
        body.put("members", java.util.List.of(Map.of("name", "李四", "relation", "配偶", "idNumber", idNumber())));
        body.put("houseAreaM2", new BigDecimal("120.50"));
        body.put("compensationCny", new BigDecimal("350000.00"));
        return body;
    }

    static String create(String path, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.land()).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }

    static String createHousehold(String parcelId) {
        return create("/api/relocation-households", household(parcelId, idNumber()));
    }

    static String createArea() {
        return create("/api/resettlement-areas", Map.of("name", unique("安置区"), "park", "JIANGBEI"));
    }

    static String createPlot(String areaId) {
        return create("/api/resettlement-plots", Map.of("areaId", areaId, "code", uniqueCode("P"), "areaM2", 120));
    }

    /** A dated status change of a parcel, as {@code POST /api/land-parcels/{id}/status-changes} takes it. */
    static Map<String, Object> statusChange(String status, String on, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("on", on);
        body.put("version", version);
        return body;
    }

    /** Moves a parcel one status forward on a date; returns the parcel's new version. */
    static int moveParcel(String parcelId, String status, String on, int version) {
        return moveParcel(parcelId, statusChange(status, on, version));
    }

    static int moveParcel(String parcelId, Map<String, Object> change) {
        return given().auth().oauth2(TestTokens.land()).contentType(ContentType.JSON).body(change)
                .post("/api/land-parcels/" + parcelId + "/status-changes").then().statusCode(200)
                .extract().path("version");
    }

    /** Creates a parcel planned (the first status) since {@code statusOn}; returns its id. */
    static String createParcelPlannedOn(String statusOn, String name, String areaMu) {
        Map<String, Object> body = parcel(uniqueCode("JB"), name, areaMu);
        body.put("statusOn", statusOn);
        return createParcel(body);
    }

    /** Creates a parcel recorded at the {@code status} it reached on {@code statusOn}; returns its id. */
    static String createParcelAt(String status, String statusOn, String name, String areaMu) {
        Map<String, Object> body = parcel(uniqueCode("JB"), name, areaMu);
        body.put("status", status);
        body.put("statusOn", statusOn);
        return createParcel(body);
    }

    static String createParcel(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.land()).contentType(ContentType.JSON).body(body)
                .post("/api/land-parcels").then().statusCode(201).extract().path("id");
    }
}
