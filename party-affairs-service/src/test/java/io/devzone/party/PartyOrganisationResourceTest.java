package io.devzone.party;

import static io.devzone.party.Fixtures.asPartyAffairs;
import static io.devzone.party.Fixtures.branch;
import static io.devzone.party.Fixtures.committee;
import static io.devzone.party.Fixtures.create;
import static io.devzone.party.Fixtures.enterpriseId;
import static io.devzone.party.Fixtures.member;
import static io.devzone.party.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PartyOrganisationResourceTest {

    private static final String PATH = "/api/party-organisations";

    @Test
    void buildsTheTreeBelowTheOneZoneCommittee() {
        String root = committee();
        given().auth().oauth2(TestTokens.land()).get(PATH + "/" + root)
                .then().statusCode(200)
                .body("kind", equalTo("ZONE_PARTY_COMMITTEE"))
                .body("parentId", nullValue());

        String enterprise = enterpriseId();
        String name = unique("非公企业党支部");
        String location = asPartyAffairs().body(branch(name, root, enterprise)).post(PATH)
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("kind", equalTo("BRANCH"))
                .body("parentId", equalTo(root))
                .body("enterpriseId", equalTo(enterprise))
                .body("establishedOn", equalTo("2008-07-01"))
                .body("version", equalTo(0))
                .body("audit.createdBy", equalTo("wang.fang"))
                .extract().header("Location");
        String branch = location.substring(location.lastIndexOf('/') + 1);
        String group = create(PATH, branch(unique("党小组"), branch, null));

        given().auth().oauth2(TestTokens.investment()).queryParam("parentId", branch).get(PATH)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(group));
        given().auth().oauth2(TestTokens.investment()).queryParam("enterpriseId", enterprise).get(PATH)
                .then().statusCode(200).body("items.id", contains(branch));

        // a second zone committee, or a committee with a parent, is refused
        Map<String, Object> second = branch(unique("第二党委"), null, null);
        second.put("kind", "ZONE_PARTY_COMMITTEE");
        asPartyAffairs().body(second).post(PATH)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("detail", containsString("one zone Party committee"));
        second.put("parentId", root);
        asPartyAffairs().body(second).post(PATH)
                .then().statusCode(400).body("errors.field", contains("parentId"));
    }

    @Test
    void refusesBranchesWithoutAKnownParentOrInTheSameEnterprise() {
        asPartyAffairs().body(branch(unique("Orphan"), null, null)).post(PATH)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("parentId"));
        asPartyAffairs().body(branch(unique("Lost"), "0196b7a4-0000-7000-8000-000000000000", null)).post(PATH)
                .then().statusCode(400).body("errors[0].message", containsString("names no Party organisation"));

        String enterprise = enterpriseId();
        create(PATH, branch(unique("First in enterprise"), committee(), enterprise));
        asPartyAffairs().body(branch(unique("Second in enterprise"), committee(), enterprise)).post(PATH)
                .then().statusCode(409).body("detail", containsString("already has its Party branch"));

        String name = unique("Same name");
        create(PATH, branch(name, committee(), null));
        asPartyAffairs().body(branch(name.toUpperCase(), committee(), null)).post(PATH)
                .then().statusCode(409).body("detail", containsString("already exists"));
    }

    @Test
    void keepsTheTreeFreeOfCyclesAndVersionsChecked() {
        String top = create(PATH, branch(unique("Top"), committee(), null));
        String below = create(PATH, branch(unique("Below"), top, null));
        Map<String, Object> moved = branch(unique("Top moved"), below, null);
        moved.put("version", 0);
        asPartyAffairs().body(moved).put(PATH + "/" + top)
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body("detail", containsString("below itself"));
        moved.put("parentId", top);
        asPartyAffairs().body(moved).put(PATH + "/" + top)
                .then().statusCode(409).body("detail", containsString("below itself"));

        moved.put("parentId", committee());
        asPartyAffairs().body(moved).put(PATH + "/" + top).then().statusCode(200).body("version", equalTo(1));
        asPartyAffairs().body(moved).put(PATH + "/" + top)
                .then().statusCode(409).body("detail", containsString("version 0"));
        moved.remove("version");
        asPartyAffairs().body(moved).put(PATH + "/" + top).then().statusCode(400).body("errors.field", contains("version"));
    }

    @Test
    void deletesOnlyOrganisationsNoLongerInUse() {
        String top = create(PATH, branch(unique("In use"), committee(), null));
        String below = create(PATH, branch(unique("Leaf"), top, null));
        asPartyAffairs().delete(PATH + "/" + top).then().statusCode(409).body("detail", containsString("below it"));
        String member = create("/api/party-members", member("张三", below, "OTHER", "2011-01-05"));
        asPartyAffairs().delete(PATH + "/" + below).then().statusCode(409).body("detail", containsString("members"));
        asPartyAffairs().delete("/api/party-members/" + member).then().statusCode(204);
        asPartyAffairs().delete(PATH + "/" + below).then().statusCode(204);
        asPartyAffairs().delete(PATH + "/" + top).then().statusCode(204);
        asPartyAffairs().get(PATH + "/" + top).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(TestTokens.investment()).delete(PATH + "/" + committee())
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void listsSortedAndPaged() {
        String parent = create(PATH, branch(unique("Paging parent"), committee(), null));
        String tag = unique("Paging");
        create(PATH, branch(tag + " B", parent, null));
        create(PATH, branch(tag + " A", parent, null));
        create(PATH, branch(tag + " C", parent, null));
        given().auth().oauth2(TestTokens.leader()).queryParam("name", tag.toLowerCase()).queryParam("size", 2)
                .get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.name", contains(tag + " A", tag + " B"));
        given().auth().oauth2(TestTokens.leader()).queryParam("parentId", parent).queryParam("sort", "-name")
                .get(PATH).then().statusCode(200).body("items.name", contains(tag + " C", tag + " B", tag + " A"));
        given().auth().oauth2(TestTokens.leader()).queryParam("sort", "parentId").get(PATH)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("sort"));
    }
}
