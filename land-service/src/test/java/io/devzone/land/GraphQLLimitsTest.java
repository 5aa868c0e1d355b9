package io.devzone.land;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.HostileGraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** land-service's /graphql refuses what the gateway refuses, before anything runs, even when called directly. */
@QuarkusTest
class GraphQLLimitsTest {

    @Test
    void theParcelProjectCycleTooDeepIsRefused() {
        HostileGraphQL.assertRefusedBeforeExecution(TestTokens.leader(), HostileGraphQL.nested(33,
                List.of("landParcels(size: 200)", "items"), List.of("investmentProject", "landParcels"), "id"),
                "QUERY_TOO_DEEP");
    }

    @Test
    void tooManyAliasesAreRefused() {
        HostileGraphQL.assertRefusedBeforeExecution(TestTokens.leader(),
                HostileGraphQL.aliased("query", 200, "landParcels(size: 200) { items { id } }"), "TOO_MANY_ALIASES");
    }

    @Test
    void onlyJsonPostsOfGraphQLRequestsRun() {
        HostileGraphQL.assertOnlyJsonPostsRun(TestTokens.land(), "mutation { deleteLandParcel(id: \"x\") }");
        HostileGraphQL.assertMalformedRequestsAreBadRequests(TestTokens.leader());
        HostileGraphQL.assertTooLongAQueryIsRefused(TestTokens.leader());
    }
}
