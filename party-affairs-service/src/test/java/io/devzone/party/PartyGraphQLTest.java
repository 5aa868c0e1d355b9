package io.devzone.party;

import static io.devzone.party.Fixtures.branch;
import static io.devzone.party.Fixtures.committee;
import static io.devzone.party.Fixtures.create;
import static io.devzone.party.Fixtures.createBranch;
import static io.devzone.party.Fixtures.enterpriseId;
import static io.devzone.party.Fixtures.member;
import static io.devzone.party.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.PipelineMoves;
import io.devzone.commons.testing.TestTokens;
import io.devzone.party.domain.MemberStage;
import io.quarkus.test.junit.QuarkusTest;

/** Organisations, members and honours through GraphQL: the same rules as on REST, personal data per field. */
@QuarkusTest
class PartyGraphQLTest {

    private static final String STEP = "mutation($id: ID!, $input: MemberStepInput!) { takePartyMemberStep(id: $id, "
            + "input: $input) { id stage version probationaryOn fullOn } }";

    @Test
    void publishesTheNewEntities() {
        GraphQL.assertFederatedSdl("type PartyOrganisation @key(fields : \"id\")",
                "type PartyMember @key(fields : \"id\")",
                "type PartyHonour @key(fields : \"id\")",
                "partyBranch: PartyOrganisation",
                "type Change @shareable");
    }

    @Test
    void takesStepsAndExplainsRefusals() {
        String branch = createBranch(unique("GraphQL branch"));
        String name = unique("钱七");
        String id = GraphQL.post(TestTokens.partyAffairs(),
                "mutation($input: PartyMemberInput!) { createPartyMember(input: $input) { id name stage version } }",
                Map.of("input", member(name, branch, "NON_PUBLIC_ENTERPRISE_EMPLOYEE", "2009-08-03")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createPartyMember.name", equalTo(name))
                .body("data.createPartyMember.stage", equalTo("APPLICANT"))
                .extract().path("data.createPartyMember.id");
        GraphQL.refused("takePartyMemberStep", "CONFLICT", TestTokens.partyAffairs(), STEP,
                Map.of("id", id, "input", Map.of("step", "PROBATIONARY", "on", "2011-01-01", "version", 0)))
                .body("errors[0].message", equalTo("A Party member cannot move from APPLICANT to PROBATIONARY;"
                        + " allowed next step: ACTIVIST."));
        int version = 0;
        for (String[] step : new String[][] { { "ACTIVIST", "2010-02-05" }, { "DEVELOPMENT_TARGET", "2010-08-10" },
                { "PROBATIONARY", "2011-04-15" } }) {
            version = GraphQL.post(TestTokens.partyAffairs(), STEP,
                    Map.of("id", id, "input", Map.of("step", step[0], "on", step[1], "version", version)))
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.takePartyMemberStep.stage", equalTo(step[0]))
                    .extract().path("data.takePartyMemberStep.version");
        }
        GraphQL.refused("takePartyMemberStep", "CONFLICT", TestTokens.partyAffairs(), STEP,
                Map.of("id", id, "input", Map.of("step", "FULL", "on", "2012-03-15", "version", version)))
                .body("errors[0].message", equalTo("FULL membership is possible from 2012-04-15, one year after"
                        + " admission as probationary on 2011-04-15."));
        GraphQL.post(TestTokens.leader(), "mutation($id: ID!, $input: MemberStepInput!) { takePartyMemberStep(id: $id, "
                + "input: $input) { id } }",
                Map.of("id", id, "input", Map.of("step", "FULL", "on", "2012-04-15", "version", version)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        GraphQL.post(TestTokens.leader(), "query($id: ID!) { partyMember(id: $id) { stage history { field newValue "
                + "changedBy } } }", Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyMember.history.newValue", contains("APPLICANT", "2009-08-03", "ACTIVIST",
                        "2010-02-05", "DEVELOPMENT_TARGET", "2010-08-10", "PROBATIONARY", "2011-04-15"))
                .body("data.partyMember.history[0].changedBy", equalTo("wang.fang"));
    }

    @Test
    void listsTheStepsItAcceptsFromStartToEnd() {
        PipelineMoves steps = new PipelineMoves(TestTokens.partyAffairs(), "partyMember",
                "takePartyMemberStep(id: $id, input: $input)", "MemberStepInput", MemberStage.class,
                step -> Map.of("step", step, "on", step.equals("FULL") ? "2009-02-01" : "2008-01-01"));
        String id = create("/api/party-members", member(unique("孙八"), createBranch(unique("Steps branch")),
                "OTHER", "2007-08-03")); // developed outside the demo half-year, which the work summary tests count

        steps.walk(id, "ACTIVIST", "DEVELOPMENT_TARGET", "PROBATIONARY", "FULL");
        steps.assertEnded(id, "/api/party-members/" + id, "stage", "FULL");
    }

    @Test
    void aListOfMembersCarriesEachMembersOwnHistory() {
        String branch = createBranch(unique("History branch"));
        String stepped = create("/api/party-members", member(unique("吴十"), branch, "CADRE", "2010-03-01"));
        String applied = create("/api/party-members", member(unique("郑十一"), branch, "OTHER", "2010-04-01"));
        Fixtures.step(stepped, "ACTIVIST", "2010-09-01", 0);
        GraphQL.post(TestTokens.leader(), "query($b: ID) { partyMembers(filter: {organisationId: $b}, sort: \"appliedOn\")"
                + " { items { id history { field newValue } } } }", Map.of("b", branch))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyMembers.items.id", contains(stepped, applied))
                .body("data.partyMembers.items[0].history.newValue", contains("APPLICANT", "2010-03-01", "ACTIVIST",
                        "2010-09-01"))
                .body("data.partyMembers.items[1].history.newValue", contains("APPLICANT", "2010-04-01"));
    }

    @Test
    void withholdsPersonalDataFieldByField() {
        String branch = createBranch(unique("Personal branch"));
        String name = unique("周九");
        String id = create("/api/party-members", member(name, branch, "CADRE", "2010-01-01"));
        String query = "query($id: ID!) { partyMember(id: $id) { id stage name phone redactedFields } }";
        GraphQL.post(TestTokens.investment(), query, Map.of("id", id))
                .statusCode(200)
                .body("data.partyMember.id", equalTo(id))
                .body("data.partyMember.stage", equalTo("APPLICANT"))
                .body("data.partyMember.name", nullValue())
                .body("data.partyMember.phone", nullValue())
                .body("data.partyMember.redactedFields", contains("name", "identityNumber", "phone"))
                .body("errors.extensions.code", contains("FORBIDDEN", "FORBIDDEN"))
                .body("errors.path", containsInAnyOrder(List.of("partyMember", "name"), List.of("partyMember", "phone")));
        GraphQL.post(TestTokens.land(), "query($id: ID!) { partyMember(id: $id) { history { field } } }",
                Map.of("id", id))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].path", contains("partyMember", "history"));
        GraphQL.post(TestTokens.leader(), query, Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyMember.name", equalTo(name))
                .body("data.partyMember.redactedFields.size()", equalTo(0));
        // the same through _entities and lists
        GraphQL.entities(TestTokens.investment(), "... on PartyMember { id category name }",
                GraphQL.entity("PartyMember", id),
                GraphQL.entity("PartyMember", "0196b7a4-0000-7000-8000-000000000000"))
                .statusCode(200)
                .body("data._entities[0].id", equalTo(id))
                .body("data._entities[0].category", equalTo("CADRE"))
                .body("data._entities[0].name", nullValue())
                .body("data._entities[1]", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].path", contains("_entities", 0, "name"));
        GraphQL.post(TestTokens.partyAffairs(), "query($o: ID) { partyMembers(filter: {organisationId: $o}) { "
                + "totalItems items { name } } }", Map.of("o", branch))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyMembers.items.name", contains(name));
        GraphQL.refused("partyMembers", "FORBIDDEN", TestTokens.investment(),
                "query($n: String) { partyMembers(filter: {name: $n}) { totalItems } }",
                Map.of("n", name));
    }

    @Test
    void managesOrganisationsAndHonoursThroughGraphQL() {
        String enterprise = enterpriseId();
        String name = unique("GraphQL 党支部");
        String id = GraphQL.post(TestTokens.partyAffairs(), "mutation($input: PartyOrganisationInput!) { "
                + "createPartyOrganisation(input: $input) { id name kind parentId enterpriseId version } }",
                Map.of("input", branch(name, committee(), enterprise)))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createPartyOrganisation.kind", equalTo("BRANCH"))
                .body("data.createPartyOrganisation.enterpriseId", equalTo(enterprise))
                .extract().path("data.createPartyOrganisation.id");
        GraphQL.post(TestTokens.partyAffairs(), "mutation($input: PartyOrganisationInput!) { "
                + "createPartyOrganisation(input: $input) { id } }",
                Map.of("input", branch(unique("Second"), committee(), enterprise)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.post(TestTokens.land(), "query($p: ID) { partyOrganisations(filter: {parentId: $p, name: \"GraphQL 党支部\"},"
                + " size: 200) { items { id } } }", Map.of("p", committee()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyOrganisations.items.id", org.hamcrest.Matchers.hasItem(id));

        String honour = GraphQL.post(TestTokens.partyAffairs(), "mutation($input: PartyHonourInput!) { "
                + "createPartyHonour(input: $input) { id kind organisationId } }",
                Map.of("input", Map.of("kind", "ADVANCED_GRASSROOTS_ORGANISATION", "awardedOn", "2011-06-28",
                        "title", "先进基层党组织", "organisationId", id)))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createPartyHonour.organisationId", equalTo(id))
                .extract().path("data.createPartyHonour.id");
        GraphQL.entities(TestTokens.leader(), "... on PartyHonour { id title } ... on PartyOrganisation { id name }",
                GraphQL.entity("PartyHonour", honour), GraphQL.entity("PartyOrganisation", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities[0].title", equalTo("先进基层党组织"))
                .body("data._entities[1].name", equalTo(name));
        GraphQL.post(TestTokens.leader(), "{ partyHonours(filter: {kind: OUTSTANDING_MEMBER}, sort: \"-awardedOn\") "
                + "{ totalItems } }")
                .statusCode(200).body("errors", nullValue());
        GraphQL.post(TestTokens.partyAffairs(), "mutation($id: ID!) { deletePartyHonour(id: $id) }", Map.of("id", honour))
                .statusCode(200).body("data.deletePartyHonour", equalTo(honour));
        GraphQL.post(TestTokens.partyAffairs(), "mutation($id: ID!) { deletePartyOrganisation(id: $id) }", Map.of("id", id))
                .statusCode(200).body("data.deletePartyOrganisation", equalTo(id));
    }

    @Test
    void addsTheirBranchToEnterprises() {
        String withBranch = enterpriseId();
        String without = enterpriseId();
        String other = enterpriseId();
        String branch = create("/api/party-organisations", branch(unique("展泰有色党支部"), committee(), withBranch));
        String otherBranch = create("/api/party-organisations", branch(unique("华信有色党支部"), committee(), other));
        GraphQL.entities(TestTokens.investment(),
                "... on Enterprise { id partyBranch { id enterpriseId kind } partyActivities { id } }",
                GraphQL.entity("Enterprise", withBranch),
                GraphQL.entity("Enterprise", without),
                GraphQL.entity("Enterprise", other))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities.id", contains(withBranch, without, other))
                .body("data._entities[0].partyBranch.id", equalTo(branch))
                .body("data._entities[0].partyBranch.kind", equalTo("BRANCH"))
                .body("data._entities[1].partyBranch", nullValue())
                .body("data._entities[2].partyBranch.id", equalTo(otherBranch));
    }

    @Test
    void walksTheTreeLevelByLevel() {
        String top = create("/api/party-organisations", branch(unique("Tree top"), committee(), null));
        String tag = unique("Tree leaf");
        String second = create("/api/party-organisations", branch(tag + " 2", top, null));
        String first = create("/api/party-organisations", branch(tag + " 1", top, null));
        GraphQL.post(TestTokens.land(), "query($id: ID!) { partyOrganisation(id: $id) { name branches { id parentId "
                + "branches { id } } } }", Map.of("id", top))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyOrganisation.branches.id", contains(first, second))
                .body("data.partyOrganisation.branches.parentId", contains(top, top))
                .body("data.partyOrganisation.branches[0].branches.size()", equalTo(0));
        GraphQL.post(TestTokens.leader(), "{ partyOrganisations(filter: {kind: ZONE_PARTY_COMMITTEE}) { totalItems "
                + "items { parentId branches { id } } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyOrganisations.totalItems", equalTo(1))
                .body("data.partyOrganisations.items[0].parentId", nullValue())
                .body("data.partyOrganisations.items[0].branches.id", org.hamcrest.Matchers.hasItem(top));
    }
}
