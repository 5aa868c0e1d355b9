package io.devzone.land;

import static io.devzone.land.Fixtures.UNKNOWN;
import static io.devzone.land.Fixtures.asLand;
import static io.devzone.land.Fixtures.createParcel;
import static io.devzone.land.Fixtures.createParcelAt;
import static io.devzone.land.Fixtures.createParcelPlannedOn;
import static io.devzone.land.Fixtures.moveParcel;
import static io.devzone.land.Fixtures.parcel;
import static io.devzone.land.Fixtures.projectId;
import static io.devzone.land.Fixtures.statusChange;
import static io.devzone.land.Fixtures.suppliedParcel;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.Records;
import io.devzone.commons.testing.TestTokens;
import io.devzone.commons.time.ZoneClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class LandParcelResourceTest {

    private static RequestSpecification asLeader() {
        return given().auth().oauth2(TestTokens.leader())
                .config(RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    @Test
    void createReadUpdateDeleteRoundTrip() {
        String code = uniqueCode("JB");
        String name = unique("江北工业园 A 区");
        var created = asLand().body(parcel(code, name, "152.35")).post("/api/land-parcels")
                .then().statusCode(201)
                .header("Location", containsString("/api/land-parcels/"))
                .body("code", equalTo(code))
                .body("name", equalTo(name))
                .body("park", equalTo("JIANGBEI"))
                .body("plannedUse", equalTo("INDUSTRIAL"))
                .body("status", equalTo("PLANNED"))
                .body("investmentProjectId", nullValue())
                .body("version", equalTo(0))
                .body("audit.createdBy", equalTo("li.na"))
                .body("audit.updatedBy", equalTo("li.na"))
                .body("audit.createdAt", notNullValue())
                .extract();
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/land-parcels/" + id));

        asLeader().get("/api/land-parcels/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("areaMu", equalTo(new BigDecimal("152.35")));

        Map<String, Object> change = parcel(code, name + " 东", "160.00");
        change.put("park", "ZIWU");
        change.put("plannedUse", "LOGISTICS");
        change.put("status", "PLANNED"); // the status it has: fine
        change.put("version", 0);
        asLand().body(change).put("/api/land-parcels/" + id)
                .then().statusCode(200)
                .body("name", equalTo(name + " 东"))
                .body("park", equalTo("ZIWU"))
                .body("plannedUse", equalTo("LOGISTICS"))
                .body("status", equalTo("PLANNED"))
                .body("version", equalTo(1))
                .body("audit.createdBy", equalTo("li.na"))
                .body("audit.updatedBy", equalTo("li.na"));
        asLeader().get("/api/land-parcels/" + id)
                .then().statusCode(200).body("areaMu", equalTo(new BigDecimal("160.00"))).body("version", equalTo(1));

        Records.deleted(TestTokens.land(), "/api/land-parcels/" + id);
    }

    @Test
    void answersNotFoundForAnUnknownId() {
        Map<String, Object> body = parcel(uniqueCode("NF"), "nowhere", "1");
        body.put("version", 0);
        Records.unknownIdNotFound(TestTokens.land(), "/api/land-parcels", body);
    }

    @Test
    void refusesInvalidInputListingEveryField() {
        Map<String, Object> body = parcel(" ", "x", "0");
        body.remove("name");
        body.remove("plannedUse");
        asLand().body(body).post("/api/land-parcels")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("areaMu", "code", "name", "plannedUse"));

        asLand().body(parcel(uniqueCode("JB"), "x", "1.001")).post("/api/land-parcels")
                .then().statusCode(400).body("errors.field", contains("areaMu"));
        asLand().body(parcel(uniqueCode("JB"), "x", "-3")).post("/api/land-parcels")
                .then().statusCode(400).body("errors.field", contains("areaMu"));
        asLand().body(parcel("JB-" + "9".repeat(38), "x".repeat(201), "1")).post("/api/land-parcels")
                .then().statusCode(400).body("errors.field", contains("code", "name"));
        asLand().body("{\"code\": \"JB-1\", \"park\": \"ATLANTIS\"}").post("/api/land-parcels")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("park"))
                .body("detail", not(containsString("io.devzone")));
    }

    @Test
    void refusesADuplicateCodeInAnyCase() {
        String code = uniqueCode("ZW");
        createParcel(parcel(code, unique("资五产业园"), "20"));
        asLand().body(parcel(code, unique("another"), "30")).post("/api/land-parcels")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("detail", containsString("already exists"));
        asLand().body(parcel(" " + code.toLowerCase() + " ", unique("another"), "30")).post("/api/land-parcels")
                .then().statusCode(409).body("code", equalTo("CONFLICT"));

        String other = createParcel(parcel(uniqueCode("ZW"), unique("资五产业园"), "20"));
        Map<String, Object> clash = parcel(code, "renamed", "20");
        clash.put("version", 0);
        asLand().body(clash).put("/api/land-parcels/" + other)
                .then().statusCode(409).body("code", equalTo("CONFLICT"))
                .body("detail", equalTo("A land parcel with code '" + code + "' already exists."));
    }

    @Test
    void keepsCodesInUpperCase() {
        String code = uniqueCode("lw");
        String id = createParcel(parcel(code.toLowerCase(), unique("罗围食品工业园"), "8.5"));
        asLand().get("/api/land-parcels/" + id).then().statusCode(200).body("code", equalTo(code.toUpperCase()));
        given().auth().oauth2(TestTokens.leader()).queryParam("code", code.toLowerCase()).get("/api/land-parcels")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items.id", contains(id));
    }

    @Test
    void refusesAStaleOrMissingVersion() {
        String code = uniqueCode("JB");
        String id = createParcel(parcel(code, unique("江北"), "12"));
        Map<String, Object> change = parcel(code, unique("江北"), "12");
        change.put("version", 0);
        Records.staleOrMissingVersionRefused(TestTokens.land(), "/api/land-parcels/" + id, change);
    }

    @Test
    void movesOneDatedStatusForwardAtATime() {
        String id = createParcelPlannedOn("2011-01-05", unique("江北二期"), "300");

        asLand().body(statusChange("LEVELLED", "2011-02-01", 0)).post("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("detail", containsString("PLANNED to LEVELLED"))
                .body("detail", containsString("ACQUIRING"));

        int version = 0;
        String[][] steps = { { "ACQUIRING", "2011-03-01" }, { "ACQUIRED", "2011-04-15" }, { "LEVELLED", "2011-04-15" } };
        for (String[] step : steps) {
            asLand().body(statusChange(step[0], step[1], version)).post("/api/land-parcels/" + id + "/status-changes")
                    .then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("status", equalTo(step[0]))
                    .body("version", equalTo(++version))
                    .body("audit.updatedBy", equalTo("li.na"));
        }

        asLand().body(statusChange("ACQUIRING", "2011-05-01", version))
                .post("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body("detail", containsString("SUPPLIED"));

        String project = projectId();
        Map<String, Object> supply = statusChange("SUPPLIED", "2011-06-30", version);
        supply.put("investmentProjectId", project);
        asLand().body(supply).post("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(200)
                .body("status", equalTo("SUPPLIED"))
                .body("investmentProjectId", equalTo(project))
                .body("version", equalTo(version + 1));

        asLand().body(statusChange("LEVELLED", "2011-07-01", version + 1))
                .post("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body("detail", containsString("last status"));

        given().auth().oauth2(TestTokens.partyAffairs()).get("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(200)
                .body("from", contains(null, "PLANNED", "ACQUIRING", "ACQUIRED", "LEVELLED"))
                .body("to", contains("PLANNED", "ACQUIRING", "ACQUIRED", "LEVELLED", "SUPPLIED"))
                .body("on", contains("2011-01-05", "2011-03-01", "2011-04-15", "2011-04-15", "2011-06-30"));
        asLeader().get("/api/land-parcels/" + id + "/history")
                .then().statusCode(200)
                .body("findAll { it.field == 'status' }.newValue",
                        contains("PLANNED", "ACQUIRING", "ACQUIRED", "LEVELLED", "SUPPLIED"))
                .body("findAll { it.field == 'investmentProjectId' }.newValue", contains(project))
                .body("changedBy", everyItem(equalTo("li.na")));
    }

    @Test
    void refusesAStatusChangeThatIsStaleUndatedFutureOrBeforeTheLastOne() {
        String id = createParcelPlannedOn("2011-03-10", unique("江北三期"), "40");
        String changes = "/api/land-parcels/" + id + "/status-changes";

        asLand().body(statusChange("ACQUIRING", "2011-03-09", 0)).post(changes)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("on"))
                .body("detail", containsString("2011-03-10"));
        asLand().body(statusChange("ACQUIRING", new ZoneClock().today().plusDays(2).toString(), 0))
                .post(changes)
                .then().statusCode(400).body("errors.field", contains("on"));
        Map<String, Object> undated = statusChange("ACQUIRING", null, 0);
        undated.remove("version");
        asLand().body(undated).post(changes)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("on", "version"));
        asLand().body(Map.of("on", "2011-03-10", "version", 0)).post(changes)
                .then().statusCode(400).body("errors.field", contains("status"));

        moveParcel(id, "ACQUIRING", "2011-03-10", 0);
        asLand().body(statusChange("ACQUIRED", "2011-04-01", 0)).post(changes)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("detail", containsString("version 0"));
        asLand().body(statusChange("ACQUIRED", "2011-04-01", 1)).post("/api/land-parcels/" + UNKNOWN + "/status-changes")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        asLeader().get("/api/land-parcels/" + id)
                .then().statusCode(200).body("status", equalTo("ACQUIRING")).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.investment()).contentType(ContentType.JSON)
                .body(statusChange("ACQUIRED", "2011-04-01", 1)).post(changes)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void isSuppliedByAStatusChangeOnlyToAProject() {
        String id = createParcelPlannedOn("2011-01-01", unique("待供地"), "60");
        int version = moveParcel(id, "ACQUIRING", "2011-01-10", 0);
        version = moveParcel(id, "ACQUIRED", "2011-02-10", version);

        Map<String, Object> withProject = statusChange("LEVELLED", "2011-03-10", version);
        withProject.put("investmentProjectId", projectId());
        asLand().body(withProject).post("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("investmentProjectId"));
        version = moveParcel(id, "LEVELLED", "2011-03-10", version);

        asLand().body(statusChange("SUPPLIED", "2011-04-10", version)).post("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("investmentProjectId"))
                .body("detail", containsString("SUPPLIED"));
        asLeader().get("/api/land-parcels/" + id)
                .then().statusCode(200)
                .body("status", equalTo("LEVELLED"))
                .body("investmentProjectId", nullValue())
                .body("version", equalTo(version));
        given().auth().oauth2(TestTokens.land()).get("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(200).body("to", contains("PLANNED", "ACQUIRING", "ACQUIRED", "LEVELLED"));
    }

    @Test
    void refusesToChangeTheStatusByAnUpdate() {
        String code = uniqueCode("JB");
        String name = unique("江北四期");
        Map<String, Object> body = parcel(code, name, "25");
        body.put("statusOn", "2011-01-01");
        String id = createParcel(body);

        body.put("status", "ACQUIRING");
        body.put("statusOn", "2011-03-01");
        body.put("version", 0);
        asLand().body(body).put("/api/land-parcels/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("detail", containsString("POST /api/land-parcels/" + id + "/status-changes"))
                .body("detail", containsString("ACQUIRING"));
        asLeader().get("/api/land-parcels/" + id)
                .then().statusCode(200).body("status", equalTo("PLANNED")).body("version", equalTo(0));

        body.put("status", "PLANNED");
        body.put("name", name + " 改");
        asLand().body(body).put("/api/land-parcels/" + id)
                .then().statusCode(200).body("status", equalTo("PLANNED")).body("version", equalTo(1));
        int version = moveParcel(id, "ACQUIRING", "2011-03-01", 1);
        body.remove("status");
        body.put("version", version);
        asLand().body(body).put("/api/land-parcels/" + id)
                .then().statusCode(200).body("status", equalTo("ACQUIRING")).body("version", equalTo(version + 1));
        body.put("status", "PLANNED");
        body.put("version", version + 1);
        asLand().body(body).put("/api/land-parcels/" + id)
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body("detail", containsString("status-changes"));
        given().auth().oauth2(TestTokens.land()).get("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(200).body("to", contains("PLANNED", "ACQUIRING"));
    }

    @Test
    void mayRecordANewParcelAtTheStatusItHasReached() {
        String id = createParcelAt("ACQUIRED", "2011-05-20", unique("已征收地块"), "45");
        asLand().get("/api/land-parcels/" + id).then().statusCode(200).body("status", equalTo("ACQUIRED"));
        asLand().get("/api/land-parcels/" + id + "/status-changes")
                .then().statusCode(200)
                .body("from", contains((Object) null))
                .body("to", contains("ACQUIRED"))
                .body("on", contains("2011-05-20"));
        moveParcel(id, "LEVELLED", "2011-05-20", 0);
    }

    @Test
    void isSuppliedExactlyWhenSuppliedToAProject() {
        Map<String, Object> withoutProject = parcel(uniqueCode("JB"), unique("供地"), "50");
        withoutProject.put("status", "SUPPLIED");
        asLand().body(withoutProject).post("/api/land-parcels")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("investmentProjectId"))
                .body("detail", containsString("SUPPLIED"));

        Map<String, Object> notSupplied = parcel(uniqueCode("JB"), unique("供地"), "50");
        notSupplied.put("status", "LEVELLED");
        notSupplied.put("investmentProjectId", projectId());
        asLand().body(notSupplied).post("/api/land-parcels")
                .then().statusCode(400).body("errors.field", contains("investmentProjectId"));

        String project = projectId();
        String id = createParcel(suppliedParcel(uniqueCode("JB"), unique("供地"), "50", project));
        Map<String, Object> dropProject = suppliedParcel(uniqueCode("JB"), unique("供地"), "50", null);
        dropProject.put("version", 0);
        asLand().body(dropProject).put("/api/land-parcels/" + id)
                .then().statusCode(400).body("errors.field", contains("investmentProjectId"));
        asLand().get("/api/land-parcels/" + id)
                .then().statusCode(200).body("investmentProjectId", equalTo(project)).body("version", equalTo(0));
    }

    @Test
    void listsFilteredSortedAndPaged() {
        String tag = unique("Paging");
        String project = projectId();
        String small = createParcel(parcel(uniqueCode("PG"), tag + " small", "10.5"));
        Map<String, Object> middle = parcel(uniqueCode("PG"), tag + " middle", "120");
        middle.put("park", "LUOWEI");
        middle.put("plannedUse", "ROAD");
        createParcel(middle);
        createParcel(suppliedParcel(uniqueCode("PG"), tag + " big", "880.25", project));

        given().auth().oauth2(TestTokens.partyAffairs())
                .queryParam("name", tag.toUpperCase()).queryParam("size", 2).queryParam("sort", "-areaMu")
                .get("/api/land-parcels")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.name", contains(tag + " big", tag + " middle"));
        given().auth().oauth2(TestTokens.investment())
                .queryParam("name", tag).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-areaMu")
                .get("/api/land-parcels")
                .then().statusCode(200).body("items.id", contains(small));
        given().auth().oauth2(TestTokens.leader())
                .queryParam("name", tag).queryParam("sort", "name")
                .get("/api/land-parcels")
                .then().statusCode(200).body("items.name", contains(tag + " big", tag + " middle", tag + " small"));

        given().auth().oauth2(TestTokens.leader())
                .queryParam("name", tag).queryParam("park", "LUOWEI").queryParam("plannedUse", "ROAD")
                .get("/api/land-parcels")
                .then().statusCode(200).body("items.name", contains(tag + " middle"));
        given().auth().oauth2(TestTokens.leader())
                .queryParam("name", tag).queryParam("status", "PLANNED").queryParam("sort", "areaMu")
                .get("/api/land-parcels")
                .then().statusCode(200).body("items.name", contains(tag + " small", tag + " middle"));
        given().auth().oauth2(TestTokens.leader())
                .queryParam("name", tag).queryParam("minAreaMu", "10.5").queryParam("maxAreaMu", "120")
                .queryParam("sort", "-areaMu")
                .get("/api/land-parcels")
                .then().statusCode(200).body("items.name", contains(tag + " middle", tag + " small"));
        given().auth().oauth2(TestTokens.leader())
                .queryParam("investmentProjectId", project)
                .get("/api/land-parcels")
                .then().statusCode(200).body("items.name", contains(tag + " big"));
    }

    @Test
    void refusesBadPagingSortingAndRanges() {
        given().auth().oauth2(TestTokens.leader()).queryParam("sort", "areaMu,password").get("/api/land-parcels")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("sort"))
                .body("detail", containsString("(term 2)"))
                .body("detail", not(containsString("password")))
                .body("detail", containsString("sortable fields"));
        given().auth().oauth2(TestTokens.leader()).queryParam("size", 201).get("/api/land-parcels")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.leader()).queryParam("page", -1).get("/api/land-parcels")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(TestTokens.leader()).queryParam("minAreaMu", "10").queryParam("maxAreaMu", "1")
                .get("/api/land-parcels")
                .then().statusCode(400).body("errors.field", contains("minAreaMu"));
    }
}
