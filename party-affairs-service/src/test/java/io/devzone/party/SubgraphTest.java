package io.devzone.party;

import static io.devzone.party.Fixtures.activity;
import static io.devzone.party.Fixtures.createActivity;
import static io.devzone.party.Fixtures.enterpriseId;
import static io.devzone.party.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SubgraphTest {

    private static final String UNKNOWN = "0196b7a4-0000-7000-8000-000000000000";
    private static final String FIELDS = "id version type heldOn title organiser participantsCount summary enterpriseIds "
            + "audit { createdBy updatedBy }";

    @Test
    void publishesAFederationV2Sdl() {
        GraphQL.assertFederatedSdl("type PartyActivity @key(fields : \"id\")",
                "type Enterprise @key(fields : \"id\")",
                "partyActivities: [PartyActivity]");
    }

    @Test
    void createsReadsUpdatesAndDeletesThroughGraphQL() {
        String enterprise = enterpriseId();
        String title = unique("党课 on the zone's history");
        Map<String, Object> input = activity(title, "2011-06-28", enterprise);
        input.put("type", "PARTY_LECTURE");
        String id = GraphQL.post(TestTokens.partyAffairs(),
                "mutation($input: PartyActivityInput!) { createPartyActivity(input: $input) { " + FIELDS + " } }",
                Map.of("input", input))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createPartyActivity.type", equalTo("PARTY_LECTURE"))
                .body("data.createPartyActivity.heldOn", equalTo("2011-06-28"))
                .body("data.createPartyActivity.enterpriseIds", contains(enterprise))
                .body("data.createPartyActivity.audit.createdBy", equalTo("wang.fang"))
                .extract().path("data.createPartyActivity.id");

        GraphQL.post(TestTokens.land(), "query($id: ID!) { partyActivity(id: $id) { " + FIELDS + " } }", Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyActivity.title", equalTo(title))
                .body("data.partyActivity.organiser", equalTo("区党委组织部"))
                .body("data.partyActivity.participantsCount", equalTo(120))
                .body("data.partyActivity.version", equalTo(0));

        String other = enterpriseId();
        input.put("enterpriseIds", List.of(enterprise, other));
        input.put("participantsCount", 45);
        input.put("version", 0);
        GraphQL.post(TestTokens.partyAffairs(),
                "mutation($id: ID!, $input: PartyActivityInput!) { updatePartyActivity(id: $id, input: $input) { "
                        + FIELDS + " } }",
                Map.of("id", id, "input", input))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.updatePartyActivity.version", equalTo(1))
                .body("data.updatePartyActivity.participantsCount", equalTo(45))
                .body("data.updatePartyActivity.enterpriseIds", containsInAnyOrder(enterprise, other));

        GraphQL.refused("updatePartyActivity", "CONFLICT", TestTokens.partyAffairs(),
                "mutation($id: ID!, $input: PartyActivityInput!) { updatePartyActivity(id: $id, input: $input) { id } }",
                Map.of("id", id, "input", input));

        GraphQL.post(TestTokens.partyAffairs(), "mutation($id: ID!) { deletePartyActivity(id: $id) }", Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.deletePartyActivity", equalTo(id));
        GraphQL.refused("partyActivity", "NOT_FOUND", TestTokens.leader(),
                "query($id: ID!) { partyActivity(id: $id) { id } }", Map.of("id", id));
    }

    @Test
    void answersErrorsWithCodes() {
        Map<String, Object> negative = activity(unique("x"), "2011-06-30");
        negative.put("participantsCount", -5);
        GraphQL.refused("createPartyActivity", "VALIDATION_FAILED", TestTokens.partyAffairs(),
                "mutation($input: PartyActivityInput!) { createPartyActivity(input: $input) { id } }",
                Map.of("input", negative))
                .body("errors[0].message", containsString("participantsCount"));
        GraphQL.refused("partyActivity", "VALIDATION_FAILED", TestTokens.leader(),
                "{ partyActivity(id: \"42\") { id } }")
                .body("errors[0].message", containsString("id"));
        GraphQL.post(TestTokens.leader(), "{ partyActivities(sort: \"secret\") { totalItems } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.refused("partyActivities", "VALIDATION_FAILED", TestTokens.leader(),
                "{ partyActivities(filter: {heldFrom: \"2011-07-01\", heldTo: \"2011-06-30\"}) { totalItems } }")
                .body("errors[0].message", containsString("heldFrom"));
    }

    @Test
    void listsWithFilterAndPaging() {
        String enterprise = enterpriseId();
        String tag = unique("GraphQL list");
        createActivity(activity(tag + " 1", "2011-03-02", enterprise));
        createActivity(activity(tag + " 2", "2011-06-08", enterprise));
        createActivity(activity(tag + " 3", "2011-06-09"));
        GraphQL.post(TestTokens.investment(), "query($e: ID) { partyActivities(filter: {enterpriseId: $e}, size: 1) "
                + "{ totalItems totalPages page size items { title enterpriseIds } } }", Map.of("e", enterprise))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyActivities.totalItems", equalTo(2))
                .body("data.partyActivities.totalPages", equalTo(2))
                .body("data.partyActivities.items.title", contains(tag + " 2"));
        GraphQL.post(TestTokens.leader(), "query($t: String) { partyActivities(filter: {title: $t, type: JOB_FAIR, "
                + "heldFrom: \"2011-06-01\"}, sort: \"heldOn\") { items { title } } }", Map.of("t", tag))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.partyActivities.items.title", contains(tag + " 2", tag + " 3"));
    }

    @Test
    void resolvesActivityEntitiesInOrder() {
        String first = createActivity(activity(unique("Entity 1"), "2011-02-01"));
        String second = createActivity(activity(unique("Entity 2"), "2011-02-02"));
        GraphQL.entities(TestTokens.leader(), "... on PartyActivity { id title }",
                GraphQL.entity("PartyActivity", second),
                GraphQL.entity("PartyActivity", UNKNOWN),
                GraphQL.entity("PartyActivity", first),
                GraphQL.entity("PartyActivity", "not-an-id"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities.size()", equalTo(4))
                .body("data._entities[0].id", equalTo(second))
                .body("data._entities[1]", nullValue())
                .body("data._entities[2].id", equalTo(first))
                .body("data._entities[3]", nullValue());
    }

    @Test
    void addsTheirActivitiesToEnterprises() {
        String first = enterpriseId();
        String second = enterpriseId();
        String withNone = enterpriseId();
        String tag = unique("Enterprise");
        String lecture = createActivity(activity(tag + " lecture", "2011-03-02", first));
        String fair = createActivity(activity(tag + " job fair", "2011-06-08", first, second));
        String quiz = createActivity(activity(tag + " quiz", "2011-03-15", second));
        GraphQL.entities(TestTokens.investment(),
                "__typename ... on Enterprise { id partyActivities { id heldOn enterpriseIds } }",
                GraphQL.entity("Enterprise", second),
                GraphQL.entity("Enterprise", withNone),
                GraphQL.entity("Enterprise", first))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities.__typename", contains("Enterprise", "Enterprise", "Enterprise"))
                .body("data._entities.id", contains(second, withNone, first))
                .body("data._entities[0].partyActivities.id", contains(fair, quiz))
                .body("data._entities[0].partyActivities[0].enterpriseIds", containsInAnyOrder(first, second))
                .body("data._entities[1].partyActivities", empty())
                .body("data._entities[2].partyActivities.id", contains(fair, lecture))
                .body("data._entities[2].partyActivities.heldOn", contains("2011-06-08", "2011-03-02"));
    }

    @Test
    void resolvesBothEntityTypesInOneRequest() {
        String enterprise = enterpriseId();
        String activity = createActivity(activity(unique("Mixed"), "2011-05-05", enterprise));
        GraphQL.entities(TestTokens.leader(),
                "... on Enterprise { id partyActivities { id } } ... on PartyActivity { id enterpriseIds }",
                GraphQL.entity("PartyActivity", activity), GraphQL.entity("Enterprise", enterprise))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities[0].id", equalTo(activity))
                .body("data._entities[0].enterpriseIds", contains(enterprise))
                .body("data._entities[1].id", equalTo(enterprise))
                .body("data._entities[1].partyActivities.id", contains(activity));
    }
}
