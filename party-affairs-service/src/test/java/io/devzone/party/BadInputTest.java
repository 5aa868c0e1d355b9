package io.devzone.party;

import static io.devzone.commons.testing.BadInput.BAD_DATES;
import static io.devzone.commons.testing.BadInput.LONE_SURROGATE;
import static io.devzone.commons.testing.BadInput.NUL;
import static io.devzone.commons.testing.BadInput.with;
import static io.devzone.party.Fixtures.createBranch;
import static io.devzone.party.Fixtures.member;
import static io.devzone.party.Fixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.BadInput;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every malformed or hostile input is a clear 4xx with a house code, on REST and GraphQL, and writes nothing; a
 * field another department may not read costs it no record (CONVENTIONS.md, "Errors", "Roles and access").
 */
@QuarkusTest
class BadInputTest {

    private static final String MEMBERS = "/api/party-members";
    private static final List<String> LISTS = List.of("/api/party-activities", "/api/party-honours", MEMBERS,
            "/api/party-organisations");
    private static final String CREATE_MEMBER = "mutation($input: PartyMemberInput!) { createPartyMember(input: "
            + "$input) { id } }";

    private static String token() {
        return TestTokens.partyAffairs();
    }

    @Test
    void everyListRefusesBadPagingAndEveryRecordABadId() {
        for (String list : LISTS) {
            BadInput.listRefusesBadPaging(token(), list);
        }
        BadInput.recordRefusesBadIds(token(), MEMBERS, true, "steps");
        BadInput.recordRefusesBadIds(token(), "/api/party-activities", false);
        BadInput.recordRefusesBadIds(token(), "/api/party-honours", false);
        BadInput.recordRefusesBadIds(token(), "/api/party-organisations", false);
    }

    @Test
    void listsRefuseBadFilterValues() {
        BadInput.listRefusesBadDates(token(), MEMBERS, "probationaryFrom");
        BadInput.listRefusesBadDates(token(), "/api/party-activities", "heldTo");
        BadInput.listRefusesBadDates(token(), "/api/party-honours", "awardedFrom");
        BadInput.listRefusesBadValues(token(), MEMBERS, Map.of("stage", "NOPE", "organisationId", "xyz"));
        BadInput.listRefusesBadValues(token(), "/api/party-organisations", Map.of("kind", "club"));
        BadInput.listRefusesBadText(token(), MEMBERS, "name");
        BadInput.listRefusesBadText(token(), "/api/party-activities", "title");
        BadInput.listRefusesBadDates(token(), "/api/work-summary", "from");
    }

    @Test
    void bodiesWithBadFieldsAreRefusedAndWriteNothing() {
        String branch = createBranch(unique("Bad input branch"));
        for (String date : BAD_DATES) {
            BadInput.postRefused(token(), MEMBERS, with(aMember(branch), "appliedOn", date), "appliedOn");
        }
        BadInput.postRefused(token(), MEMBERS, with(aMember(branch), "name", NUL), "name");
        BadInput.postRefused(token(), MEMBERS, with(aMember(branch), "name", LONE_SURROGATE), "name");
        BadInput.postRefused(token(), MEMBERS, with(aMember(branch), "category", "NOPE"), "category");
        BadInput.postRefused(token(), MEMBERS, with(aMember(branch), "organisationId", "xyz"), "organisationId");
        BadInput.postRefused(token(), MEMBERS, with(aMember(branch), "name", List.of(1)), "name");
        BadInput.postRefused(token(), MEMBERS, with(aMember(branch), "version", 99999999999L), "version");
        BadInput.postRefused(token(), MEMBERS, with(aMember(branch), "version", "one"), "version");
        BadInput.bodyRefused(token(), "POST", MEMBERS, MEMBERS, "{\"name\": \"x\",", "BAD_REQUEST", null);
        BadInput.bodyRefused(token(), "POST", MEMBERS, MEMBERS, "[]", "BAD_REQUEST", null);
        Map<String, Object> activity = Fixtures.activity(unique("Bad"), "2011-06-30");
        activity.put("enterpriseIds", List.of("not-an-id"));
        BadInput.bodyRefused(token(), "POST", "/api/party-activities", "/api/party-activities",
                activity, "VALIDATION_FAILED", "enterpriseIds[0]");
    }

    @Test
    void graphQLRefusesBadArgumentsAndWritesNothing() {
        for (String list : List.of("partyActivities", "partyHonours", "partyMembers", "partyOrganisations")) {
            BadInput.graphQLListRefusesBadPaging(token(), list);
        }
        for (String record : List.of("partyActivity", "partyHonour", "partyMember", "partyOrganisation")) {
            BadInput.graphQLRefusesBadId(token(), record);
        }
        BadInput.graphQLListRefusesBadDates(token(), "partyMembers", "PartyMemberFilter", "probationaryFrom");
        BadInput.graphQLListRefusesBadText(token(), "partyMembers", "PartyMemberFilter", "name");
        String branch = createBranch(unique("GraphQL bad input branch"));
        for (String date : BAD_DATES) {
            BadInput.graphQLWriteRefused(token(), MEMBERS, CREATE_MEMBER,
                    Map.of("input", with(aMember(branch), "appliedOn", date)), "VALIDATION_FAILED");
        }
        BadInput.graphQLWriteRefused(token(), MEMBERS, CREATE_MEMBER,
                Map.of("input", with(aMember(branch), "name", NUL)),
                "VALIDATION_FAILED").body("errors[0].message", containsString("name"));
        BadInput.graphQLWriteRefused(token(), MEMBERS, CREATE_MEMBER,
                Map.of("input", with(aMember(branch), "name", LONE_SURROGATE)), "VALIDATION_FAILED");
        BadInput.graphQLWriteRefused(token(), MEMBERS, CREATE_MEMBER,
                Map.of("input", with(aMember(branch), "category", "NOPE")), "VALIDATION_FAILED");
        BadInput.graphQLWriteRefused(token(), MEMBERS, CREATE_MEMBER,
                Map.of("input", with(aMember(branch), "organisationId", "xyz")), "VALIDATION_FAILED");
        BadInput.graphQLWriteRefused(token(), MEMBERS, "mutation { deletePartyMember(id: \"xyz\") }", Map.of(),
                "VALIDATION_FAILED");
    }

    @Test
    void aMembersHistoryWithheldCostsNoOtherDepartmentTheMember() {
        create(unique("历史"));
        for (String token : List.of(TestTokens.investment(), TestTokens.land())) {
            int items = BadInput.withheldFieldCostsNoRecord(token, "partyMembers", "history { field }", "stage");
            assertTrue(items > 0, "the list answered no member");
            BadInput.withheldFieldCostsNoRecord(token, "partyMembers", "name", "appliedOn");
            BadInput.withheldFieldCostsNoRecord(token, "partyMembers", "identityNumber", "category");
            BadInput.withheldFieldCostsNoRecord(token, "partyMembers", "phone", "organisationId");
        }
    }

    private static void create(String name) {
        Fixtures.create(MEMBERS, member(name, createBranch(unique("Branch of " + name)), "CADRE", "2012-03-01"));
    }

    /** A member the service would accept, for a case to get one field wrong. */
    private static Map<String, Object> aMember(String branch) {
        return member(unique("坏输入"), branch, "CADRE", "2012-03-01");
    }
}
