package io.devzone.party;

import static io.devzone.party.Fixtures.activity;
import static io.devzone.party.Fixtures.asPartyAffairs;
import static io.devzone.party.Fixtures.createActivity;
import static io.devzone.party.Fixtures.enterpriseId;
import static io.devzone.party.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.BadInput;
import io.devzone.commons.testing.Records;
import io.devzone.commons.testing.TestTokens;
import io.devzone.commons.time.ZoneClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PartyActivityResourceTest {

    @Test
    void createReadUpdateDeleteRoundTrip() {
        String title = unique("民生100工程 skills training");
        String first = enterpriseId();
        String second = enterpriseId();
        String third = enterpriseId();
        Map<String, Object> body = activity(title, "2011-04-20", first, second);
        body.put("type", "TRAINING");
        String location = asPartyAffairs().body(body).post("/api/party-activities")
                .then().statusCode(201)
                .body("title", equalTo(title))
                .body("type", equalTo("TRAINING"))
                .body("heldOn", equalTo("2011-04-20"))
                .body("participantsCount", equalTo(120))
                .body("enterpriseIds", containsInAnyOrder(first, second))
                .body("version", equalTo(0))
                .body("audit.createdBy", equalTo("wang.fang"))
                .body("audit.updatedBy", equalTo("wang.fang"))
                .body("audit.createdAt", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertTrue(location.endsWith("/api/party-activities/" + id), location);

        given().auth().oauth2(TestTokens.leader()).get("/api/party-activities/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("organiser", equalTo("区党委组织部"))
                .body("summary", equalTo("非公企业招聘会，30家企业参加"))
                .body("enterpriseIds", containsInAnyOrder(first, second));

        Map<String, Object> change = activity(title + " (2nd session)", "2011-05-18", second, third);
        change.put("type", "THEMED_ACTIVITY");
        change.put("participantsCount", 0);
        change.put("summary", null);
        change.put("version", 0);
        asPartyAffairs().body(change).put("/api/party-activities/" + id)
                .then().statusCode(200)
                .body("title", equalTo(title + " (2nd session)"))
                .body("type", equalTo("THEMED_ACTIVITY"))
                .body("participantsCount", equalTo(0))
                .body("version", equalTo(1));
        given().auth().oauth2(TestTokens.land()).get("/api/party-activities/" + id)
                .then().statusCode(200)
                .body("heldOn", equalTo("2011-05-18"))
                .body("summary", nullValue())
                .body("enterpriseIds", containsInAnyOrder(second, third))
                .body("version", equalTo(1))
                .body("audit.createdBy", equalTo("wang.fang"));

        Records.deleted(TestTokens.partyAffairs(), "/api/party-activities/" + id);
        given().auth().oauth2(TestTokens.leader()).queryParam("enterpriseId", second).get("/api/party-activities")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void recordsPlannedActivitiesWithoutEnterprises() {
        String heldOn = new ZoneClock().today().plusMonths(3).toString();
        Map<String, Object> body = activity(unique("七一 Party lecture"), heldOn);
        body.remove("enterpriseIds");
        body.remove("summary");
        body.put("type", "PARTY_LECTURE");
        asPartyAffairs().body(body).post("/api/party-activities")
                .then().statusCode(201)
                .body("heldOn", equalTo(heldOn))
                .body("enterpriseIds", empty())
                .body("summary", nullValue());
    }

    @Test
    void changingOnlyTheEnterprisesIsAChange() {
        String first = enterpriseId();
        String second = enterpriseId();
        Map<String, Object> body = activity(unique("Sports meet"), "2011-05-01", first);
        String id = createActivity(body);

        body.put("enterpriseIds", List.of(first, second));
        body.put("version", 0);
        JsonPath changed = asPartyAffairs().body(body).put("/api/party-activities/" + id)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("enterpriseIds", containsInAnyOrder(first, second))
                .extract().jsonPath();
        assertTrue(Instant.parse(changed.getString("audit.updatedAt"))
                .isAfter(Instant.parse(changed.getString("audit.createdAt"))));

        body.put("enterpriseIds", List.of(second));
        body.put("version", 1);
        asPartyAffairs().body(body).put("/api/party-activities/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("enterpriseIds", contains(second));
    }

    @Test
    void refusesInvalidInputListingEveryField() {
        Map<String, Object> body = activity(" ", "2011-06-30");
        body.remove("type");
        body.remove("heldOn");
        body.put("participantsCount", null);
        asPartyAffairs().body(body).post("/api/party-activities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("heldOn", "participantsCount", "title", "type"));

        Map<String, Object> tooLong = activity("x".repeat(201), "2011-06-30");
        tooLong.put("organiser", "");
        tooLong.put("summary", "y".repeat(4001));
        asPartyAffairs().body(tooLong).post("/api/party-activities")
                .then().statusCode(400)
                .body("errors.field", contains("organiser", "summary", "title"));

        Map<String, Object> nullEnterprise = activity(unique("x"), "2011-06-30");
        nullEnterprise.put("enterpriseIds", Arrays.asList(enterpriseId(), null));
        asPartyAffairs().body(nullEnterprise).post("/api/party-activities")
                .then().statusCode(400)
                .body("errors.field", contains("enterpriseIds"));
    }

    @Test
    void refusesNegativeParticipants() {
        Map<String, Object> body = activity(unique("Knowledge quiz"), "2011-06-30");
        body.put("participantsCount", -1);
        asPartyAffairs().body(body).post("/api/party-activities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("participantsCount"));

        String id = createActivity(activity(unique("Knowledge quiz"), "2011-06-30"));
        body.put("version", 0);
        asPartyAffairs().body(body).put("/api/party-activities/" + id)
                .then().statusCode(400).body("errors.field", contains("participantsCount"));
        given().auth().oauth2(TestTokens.leader()).get("/api/party-activities/" + id)
                .then().statusCode(200).body("participantsCount", equalTo(120)).body("version", equalTo(0));
    }

    @Test
    void refusesUnreadableJsonWithoutInternals() {
        BadInput.refused(asPartyAffairs().body("{\"title\": \"x\", \"type\": \"PICNIC\"}").post("/api/party-activities")
                .then(), "VALIDATION_FAILED", "type")
                .body("errors.field", org.hamcrest.Matchers.contains("type"));
        Map<String, Object> body = activity(unique("x"), "2011-06-30");
        body.put("enterpriseIds", List.of("not-an-id"));
        asPartyAffairs().body(body).post("/api/party-activities")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", org.hamcrest.Matchers.contains("enterpriseIds[0]"));
    }

    @Test
    void refusesAStaleOrMissingVersion() {
        Map<String, Object> body = activity(unique("民主生活会"), "2011-01-20");
        body.put("type", "DEMOCRATIC_LIFE_MEETING");
        String id = createActivity(body);
        body.put("participantsCount", 9);
        body.put("version", 0);
        Records.staleOrMissingVersionRefused(TestTokens.partyAffairs(), "/api/party-activities/" + id, body);
    }

    @Test
    void answersNotFoundForUnknownIds() {
        Map<String, Object> body = activity(unique("x"), "2011-06-30");
        body.put("version", 0);
        Records.unknownIdNotFound(TestTokens.partyAffairs(), "/api/party-activities", body);
    }

    @Test
    void listsFilteredSortedAndPaged() {
        String tag = unique("Paging");
        String enterprise = enterpriseId();
        Map<String, Object> a = activity(tag + " A", "2011-03-02", enterprise);
        a.put("type", "PARTY_LECTURE");
        a.put("participantsCount", 30);
        Map<String, Object> b = activity(tag + " B", "2011-06-08");
        b.put("organiser", "资五产业园党支部");
        b.put("participantsCount", 10);
        Map<String, Object> c = activity(tag + " C", "2011-03-15", enterprise, enterpriseId());
        c.put("participantsCount", 20);
        createActivity(a);
        createActivity(b);
        createActivity(c);

        // most recent first by default
        given().auth().oauth2(TestTokens.leader())
                .queryParam("title", tag.toLowerCase()).queryParam("size", 2)
                .get("/api/party-activities")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.title", contains(tag + " B", tag + " C"));
        given().auth().oauth2(TestTokens.investment())
                .queryParam("title", tag).queryParam("size", 2).queryParam("page", 1)
                .get("/api/party-activities")
                .then().statusCode(200).body("items.title", contains(tag + " A"));
        given().auth().oauth2(TestTokens.land())
                .queryParam("title", tag).queryParam("sort", "-participantsCount")
                .get("/api/party-activities")
                .then().statusCode(200).body("items.title", contains(tag + " A", tag + " C", tag + " B"));
        given().auth().oauth2(TestTokens.land())
                .queryParam("title", tag).queryParam("sort", "type,heldOn")
                .get("/api/party-activities")
                .then().statusCode(200).body("items.title", contains(tag + " C", tag + " B", tag + " A"));

        filtered(tag, Map.of("type", "JOB_FAIR")).body("items.title", contains(tag + " B", tag + " C"));
        filtered(tag, Map.of("organiser", "资五")).body("items.title", contains(tag + " B"));
        given().auth().oauth2(TestTokens.leader())
                .queryParam("enterpriseId", enterprise).queryParam("sort", "heldOn")
                .get("/api/party-activities")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.title", contains(tag + " A", tag + " C"))
                .body("items[1].enterpriseIds.size()", equalTo(2));
        filtered(tag, Map.of("heldFrom", "2011-03-02", "heldTo", "2011-03-15"))
                .body("items.title", contains(tag + " C", tag + " A"));
        filtered(tag, Map.of("heldFrom", "2011-03-03")).body("items.title", contains(tag + " B", tag + " C"));
        filtered(tag, Map.of("heldTo", "2011-03-02")).body("items.title", contains(tag + " A"));
        given().auth().oauth2(TestTokens.leader())
                .queryParam("size", 200)
                .get("/api/party-activities")
                .then().statusCode(200).body("totalItems", greaterThan(2));
    }

    @Test
    void refusesBadPagingSortingAndDateRanges() {
        given().auth().oauth2(TestTokens.leader()).queryParam("sort", "summary").get("/api/party-activities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("sort"))
                .body("detail", containsString("sortable fields"));
        given().auth().oauth2(TestTokens.leader())
                .queryParam("heldFrom", "2011-06-30").queryParam("heldTo", "2011-01-01")
                .get("/api/party-activities")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("heldFrom"));
        given().auth().oauth2(TestTokens.leader()).queryParam("size", 201).get("/api/party-activities")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.leader()).queryParam("page", -1).get("/api/party-activities")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    /** The leader's list of the activities tagged {@code tag}, with these filters as well. */
    private static ValidatableResponse filtered(String tag, Map<String, String> filters) {
        return given().auth().oauth2(TestTokens.leader()).queryParam("title", tag).queryParams(filters)
                .get("/api/party-activities").then().statusCode(200);
    }
}
