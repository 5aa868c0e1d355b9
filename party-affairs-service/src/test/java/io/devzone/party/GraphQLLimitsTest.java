package io.devzone.party;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.HostileGraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** party-affairs-service's /graphql refuses what the gateway refuses, before anything runs, even when called directly. */
@QuarkusTest
class GraphQLLimitsTest {

    @Test
    void branchesOfBranchesTooDeepAreRefused() {
        HostileGraphQL.assertRefusedBeforeExecution(TestTokens.leader(), HostileGraphQL.nested(33,
                List.of("partyOrganisations(size: 200)", "items"), List.of("branches"), "id"), "QUERY_TOO_DEEP");
    }

    @Test
    void tooManyAliasesAreRefused() {
        HostileGraphQL.assertRefusedBeforeExecution(TestTokens.leader(),
                HostileGraphQL.aliased("query", 200, "partyOrganisations(size: 200) { items { id } }"),
                "TOO_MANY_ALIASES");
    }

    @Test
    void onlyJsonPostsOfGraphQLRequestsRun() {
        HostileGraphQL.assertOnlyJsonPostsRun(TestTokens.partyAffairs(), "mutation { deletePartyActivity(id: \"x\") }");
        HostileGraphQL.assertMalformedRequestsAreBadRequests(TestTokens.leader());
        HostileGraphQL.assertTooLongAQueryIsRefused(TestTokens.leader());
    }
}
