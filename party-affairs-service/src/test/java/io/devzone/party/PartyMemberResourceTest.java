package io.devzone.party;

import static io.devzone.party.Fixtures.asPartyAffairs;
import static io.devzone.party.Fixtures.create;
import static io.devzone.party.Fixtures.createBranch;
import static io.devzone.party.Fixtures.member;
import static io.devzone.party.Fixtures.step;
import static io.devzone.party.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.TestTokens;
import io.devzone.commons.time.ZoneClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PartyMemberResourceTest {

    private static final String PATH = "/api/party-members";

    private static ValidatableResponse tryStep(String id, String step, String on, int version) {
        return asPartyAffairs().body(Map.of("step", step, "on", on, "version", version))
                .post(PATH + "/" + id + "/steps").then();
    }

    private static String applicant(String appliedOn) {
        return create(PATH, member(unique("李四"), createBranch(unique("Branch")), "NON_PUBLIC_ENTERPRISE_EMPLOYEE",
                appliedOn));
    }

    @Test
    void walksThePathToFullMembershipStepByStep() {
        String branch = createBranch(unique("Members' branch"));
        String name = unique("张三");
        String id = asPartyAffairs().body(member(name, branch, "CADRE", "2009-03-10")).post(PATH)
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("identityNumber", equalTo("990101198001010011"))
                .body("stage", equalTo("APPLICANT"))
                .body("appliedOn", equalTo("2009-03-10"))
                .body("activistOn", nullValue())
                .body("redactedFields", empty())
                .body("version", equalTo(0))
                .extract().path("id");
        tryStep(id, "ACTIVIST", "2009-09-15", 0).statusCode(200)
                .body("stage", equalTo("ACTIVIST")).body("activistOn", equalTo("2009-09-15")).body("version", equalTo(1));
        tryStep(id, "DEVELOPMENT_TARGET", "2010-09-20", 1).statusCode(200).body("stage", equalTo("DEVELOPMENT_TARGET"));
        tryStep(id, "PROBATIONARY", "2011-03-01", 2).statusCode(200)
                .body("stage", equalTo("PROBATIONARY")).body("probationaryOn", equalTo("2011-03-01"));

        // eleven months after admission as probationary: refused, and the answer says from when it is possible
        tryStep(id, "FULL", "2012-02-01", 3).statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("detail", equalTo("FULL membership is possible from 2012-03-01, one year after admission as"
                        + " probationary on 2011-03-01."));
        tryStep(id, "FULL", "2012-02-29", 3).statusCode(409);
        tryStep(id, "FULL", "2012-03-01", 3).statusCode(200)
                .body("stage", equalTo("FULL")).body("fullOn", equalTo("2012-03-01")).body("version", equalTo(4));
        tryStep(id, "FULL", "2013-03-01", 4).statusCode(409)
                .body("detail", equalTo("A Party member cannot move from FULL to FULL; FULL is the last step."));

        given().auth().oauth2(TestTokens.leader()).get(PATH + "/" + id + "/history")
                .then().statusCode(200)
                .body("field", contains("stage", "appliedOn", "stage", "activistOn", "stage", "developmentTargetOn",
                        "stage", "probationaryOn", "stage", "fullOn"))
                .body("newValue", contains("APPLICANT", "2009-03-10", "ACTIVIST", "2009-09-15", "DEVELOPMENT_TARGET",
                        "2010-09-20", "PROBATIONARY", "2011-03-01", "FULL", "2012-03-01"))
                .body("[8].oldValue", equalTo("PROBATIONARY"))
                .body("[8].changedBy", equalTo("wang.fang"));
    }

    @Test
    void refusesSkippedRepeatedAndBackdatedSteps() {
        String id = applicant("2010-05-06");
        tryStep(id, "DEVELOPMENT_TARGET", "2010-11-01", 0).statusCode(409)
                .body("code", equalTo("CONFLICT"))
                .body("detail", equalTo("A Party member cannot move from APPLICANT to DEVELOPMENT_TARGET; allowed next"
                        + " step: ACTIVIST."));
        tryStep(id, "FULL", "2012-11-01", 0).statusCode(409)
                .body("detail", equalTo("A Party member cannot move from APPLICANT to FULL; allowed next step: ACTIVIST."));
        tryStep(id, "APPLICANT", "2010-05-07", 0).statusCode(409)
                .body("detail", equalTo("A Party member cannot move from APPLICANT to APPLICANT; allowed next step:"
                        + " ACTIVIST."));
        // a day before the last step is refused as every pipeline refuses it: the day is invalid input
        tryStep(id, "ACTIVIST", "2010-05-05", 0).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("on"))
                .body("errors.message", contains("must not be before 2010-05-06, the day of the last move"));
        tryStep(id, "ACTIVIST", new ZoneClock().today().plusDays(2).toString(), 0).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("on"));
        // a stale version is refused before any rule
        tryStep(id, "ACTIVIST", "2010-05-06", 7).statusCode(409).body("detail", containsString("version 7"));
        asPartyAffairs().body(Map.of("on", "2010-06-01")).post(PATH + "/" + id + "/steps")
                .then().statusCode(400).body("errors.field", contains("step", "version"));
        // the same day as the step before is fine; nothing refused above has changed the record
        tryStep(id, "ACTIVIST", "2010-05-06", 0).statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.leader()).get(PATH + "/" + id + "/history")
                .then().statusCode(200).body("size()", equalTo(4));
    }

    @Test
    void personalDataIsForPartyAffairsAndLeadersOnly() {
        String name = unique("王五");
        String id = create(PATH, member(name, createBranch(unique("Branch")), "CADRE", "2011-01-10"));
        for (String token : new String[] { TestTokens.investment(), TestTokens.land() }) {
            given().auth().oauth2(token).get(PATH + "/" + id)
                    .then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("stage", equalTo("APPLICANT"))
                    .body("name", nullValue())
                    .body("identityNumber", nullValue())
                    .body("phone", nullValue())
                    .body("redactedFields", contains("name", "identityNumber", "phone"));
            given().auth().oauth2(token).queryParam("category", "CADRE").queryParam("size", 200).get(PATH)
                    .then().statusCode(200).body("items.name.findAll { it != null }", empty());
            given().auth().oauth2(token).queryParam("name", name).get(PATH)
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(token).queryParam("sort", "name").get(PATH)
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(token).get(PATH + "/" + id + "/history")
                    .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        }
        given().auth().oauth2(TestTokens.leader()).queryParam("name", name).get(PATH)
                .then().statusCode(200)
                .body("items.name", contains(name))
                .body("items[0].phone", equalTo("13900000000"))
                .body("items[0].redactedFields", empty());
    }

    @Test
    void changesDetailsButNotStepsAndKeepsTheCategoryHistory() {
        String branch = createBranch(unique("Branch"));
        Map<String, Object> body = member(unique("赵六"), branch, "OTHER", "2010-02-01");
        String id = create(PATH, body);
        body.put("category", "NON_PUBLIC_ENTERPRISE_EMPLOYEE");
        body.put("phone", " ");
        body.put("appliedOn", "2001-01-01");
        body.put("version", 0);
        asPartyAffairs().body(body).put(PATH + "/" + id)
                .then().statusCode(200)
                .body("category", equalTo("NON_PUBLIC_ENTERPRISE_EMPLOYEE"))
                .body("phone", nullValue())
                .body("appliedOn", equalTo("2010-02-01"))
                .body("stage", equalTo("APPLICANT"))
                .body("version", equalTo(1));
        asPartyAffairs().body(body).put(PATH + "/" + id).then().statusCode(409).body("code", equalTo("CONFLICT"));
        given().auth().oauth2(TestTokens.partyAffairs()).get(PATH + "/" + id + "/history")
                .then().statusCode(200)
                .body("field", contains("stage", "appliedOn", "category"))
                .body("[2].oldValue", equalTo("OTHER"));
    }

    @Test
    void refusesInvalidMembers() {
        Map<String, Object> body = member(" ", "0196b7a4-0000-7000-8000-000000000000", null, null);
        body.put("identityNumber", "12345");
        asPartyAffairs().body(body).post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("category", "identityNumber", "name"));
        Map<String, Object> noDate = member(unique("x"), createBranch(unique("Branch")), "OTHER", null);
        asPartyAffairs().body(noDate).post(PATH).then().statusCode(400).body("errors.field", contains("appliedOn"));
        Map<String, Object> unknown = member(unique("x"), "0196b7a4-0000-7000-8000-000000000000", "OTHER", "2011-01-01");
        asPartyAffairs().body(unknown).post(PATH)
                .then().statusCode(400).body("errors.field", contains("organisationId"));
        given().auth().oauth2(TestTokens.investment()).contentType(ContentType.JSON)
                .body(member(unique("x"), createBranch(unique("Branch")), "OTHER", "2011-01-01")).post(PATH)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        asPartyAffairs().get(PATH + "/0196b7a4-0000-7000-8000-000000000000")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void listsFilteredSortedAndPaged() {
        String branch = createBranch(unique("Listing branch"));
        String first = create(PATH, member(unique("A"), branch, "CADRE", "2009-01-01"));
        String second = create(PATH, member(unique("B"), branch, "OTHER", "2009-02-01"));
        String third = create(PATH, member(unique("C"), branch, "CADRE", "2009-03-01"));
        int version = step(first, "ACTIVIST", "2009-06-01", 0);
        version = step(first, "DEVELOPMENT_TARGET", "2010-06-01", version);
        step(first, "PROBATIONARY", "2011-05-01", version);

        given().auth().oauth2(TestTokens.investment()).queryParam("organisationId", branch).queryParam("size", 2)
                .get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.id", contains(third, second));
        given().auth().oauth2(TestTokens.investment()).queryParam("organisationId", branch)
                .queryParam("category", "CADRE").queryParam("sort", "appliedOn")
                .get(PATH).then().statusCode(200).body("items.id", contains(first, third));
        given().auth().oauth2(TestTokens.land()).queryParam("organisationId", branch).queryParam("stage", "PROBATIONARY")
                .queryParam("probationaryFrom", "2011-05-01").queryParam("probationaryTo", "2011-05-31")
                .get(PATH).then().statusCode(200).body("items.id", contains(first));
        given().auth().oauth2(TestTokens.land()).queryParam("organisationId", branch).queryParam("probationaryTo", "2011-04-30")
                .get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.land()).queryParam("probationaryFrom", "2011-06-01")
                .queryParam("probationaryTo", "2011-05-01").get(PATH)
                .then().statusCode(400).body("errors.field", contains("probationaryFrom"));
        given().auth().oauth2(TestTokens.land()).queryParam("sort", "phone").get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
