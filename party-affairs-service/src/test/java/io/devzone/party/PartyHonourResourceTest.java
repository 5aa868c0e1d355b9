package io.devzone.party;

import static io.devzone.party.Fixtures.asPartyAffairs;
import static io.devzone.party.Fixtures.create;
import static io.devzone.party.Fixtures.createBranch;
import static io.devzone.party.Fixtures.member;
import static io.devzone.party.Fixtures.probationaryMember;
import static io.devzone.party.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PartyHonourResourceTest {

    private static final String PATH = "/api/party-honours";

    private static Map<String, Object> honour(String kind, String awardedOn, String title, String memberId,
            String organisationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("awardedOn", awardedOn);
        body.put("title", title);
        body.put("awardedBy", "区党委");
        body.put("memberId", memberId);
        body.put("organisationId", organisationId);
        return body;
    }

    @Test
    void awardsOrganisationsAndMembersTheirOwnHonours() {
        String branch = createBranch(unique("Advanced branch"));
        String title = unique("先进基层党组织");
        String id = asPartyAffairs().body(honour("ADVANCED_GRASSROOTS_ORGANISATION", "2011-06-28", title, null, branch))
                .post(PATH).then().statusCode(201)
                .body("kind", equalTo("ADVANCED_GRASSROOTS_ORGANISATION"))
                .body("organisationId", equalTo(branch))
                .body("memberId", nullValue())
                .body("awardedBy", equalTo("区党委"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.investment()).get(PATH + "/" + id)
                .then().statusCode(200).body("title", equalTo(title)).body("version", equalTo(0));

        String member = probationaryMember(unique("郑一"), "OTHER", "2010-05-01");
        String outstanding = create(PATH, honour("OUTSTANDING_MEMBER", "2011-06-28", unique("优秀共产党员"), member, null));
        create(PATH, honour("OUTSTANDING_PARTY_WORKER", "2011-06-28", unique("优秀党务工作者"), member, null));

        // the wrong kind of recipient, or both, or none
        asPartyAffairs().body(honour("OUTSTANDING_MEMBER", "2011-06-28", "x", null, branch)).post(PATH)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("organisationId"));
        asPartyAffairs().body(honour("ADVANCED_GRASSROOTS_ORGANISATION", "2011-06-28", "x", member, branch)).post(PATH)
                .then().statusCode(400).body("errors.field", contains("memberId"));
        asPartyAffairs().body(honour("OUTSTANDING_PARTY_WORKER", "2011-06-28", "x", null, null)).post(PATH)
                .then().statusCode(400).body("errors.field", contains("memberId"));
        asPartyAffairs().body(honour("OUTSTANDING_MEMBER", "2011-06-28", "x", "0196b7a4-0000-7000-8000-000000000000", null))
                .post(PATH).then().statusCode(400).body("errors[0].message", containsString("names no member"));

        // a member with honours is not deleted
        asPartyAffairs().delete("/api/party-members/" + member).then().statusCode(409).body("detail", containsString("honours"));
        Map<String, Object> change = honour("OUTSTANDING_MEMBER", "2011-07-01", "优秀共产党员 2011", member, null);
        change.put("version", 0);
        asPartyAffairs().body(change).put(PATH + "/" + outstanding).then().statusCode(200).body("version", equalTo(1));
        asPartyAffairs().body(change).put(PATH + "/" + outstanding).then().statusCode(409).body("code", equalTo("CONFLICT"));
        asPartyAffairs().delete(PATH + "/" + outstanding).then().statusCode(204);
        asPartyAffairs().get(PATH + "/" + outstanding).then().statusCode(404);
    }

    @Test
    void honoursForMembersGoToPartyMembersOnly() {
        String applicant = create("/api/party-members", member(unique("孙八"), createBranch(unique("Branch")), "OTHER",
                "2010-01-01"));
        asPartyAffairs().body(honour("OUTSTANDING_MEMBER", "2011-06-28", "x", applicant, null)).post(PATH)
                .then().statusCode(409).body("code", equalTo("CONFLICT"))
                .body("detail", containsString("admitted as probationary: not yet"));
        String probationary = probationaryMember(unique("周九"), "CADRE", "2011-06-01");
        asPartyAffairs().body(honour("OUTSTANDING_MEMBER", "2011-05-31", "x", probationary, null)).post(PATH)
                .then().statusCode(409).body("detail", containsString("was not one on 2011-05-31"));
        asPartyAffairs().body(honour("OUTSTANDING_MEMBER", "2011-06-01", "x", probationary, null)).post(PATH)
                .then().statusCode(201);
    }

    @Test
    void listsFilteredSortedAndPaged() {
        String branch = createBranch(unique("Listed branch"));
        String tag = unique("Honour list");
        create(PATH, honour("ADVANCED_GRASSROOTS_ORGANISATION", "2011-06-28", tag + " 1", null, branch));
        create(PATH, honour("ADVANCED_GRASSROOTS_ORGANISATION", "2010-06-28", tag + " 2", null, branch));
        given().auth().oauth2(TestTokens.land()).queryParam("organisationId", branch).get(PATH)
                .then().statusCode(200).body("items.title", contains(tag + " 1", tag + " 2"));
        given().auth().oauth2(TestTokens.land()).queryParam("title", tag).queryParam("sort", "awardedOn").queryParam("size", 1)
                .get(PATH).then().statusCode(200)
                .body("totalPages", equalTo(2)).body("items.title", contains(tag + " 2"));
        given().auth().oauth2(TestTokens.land()).queryParam("title", tag).queryParam("awardedFrom", "2011-01-01")
                .queryParam("kind", "ADVANCED_GRASSROOTS_ORGANISATION")
                .get(PATH).then().statusCode(200).body("items.title", contains(tag + " 1"));
        given().auth().oauth2(TestTokens.land()).queryParam("awardedFrom", "2011-01-01").queryParam("awardedTo", "2010-01-01")
                .get(PATH).then().statusCode(400).body("errors.field", contains("awardedFrom"));
    }
}
