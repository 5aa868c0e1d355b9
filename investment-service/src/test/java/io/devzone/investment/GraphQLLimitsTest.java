package io.devzone.investment;

import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.createProject;
import static io.devzone.investment.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.HostileGraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.ValidatableResponse;

/**
 * No single GraphQL request can hurt investment-service: an operation beyond the gateway's limits is refused before
 * anything runs, even when sent straight to the service, and an operation that takes long holds only its own
 * worker thread while REST, health and other operations keep answering (the suite runs one event loop per service,
 * as the launcher does on two cores).
 */
@QuarkusTest
class GraphQLLimitsTest {

    /** 33 levels over Enterprise.investmentProjects and InvestmentProject.enterprise: filled a 6 GB heap before. */
    private static final String CYCLE_33_DEEP = HostileGraphQL.nested(33, List.of("enterprises(size: 200)", "items"),
            List.of("investmentProjects", "enterprise"), "id");

    private static final String WRITE = "createEnterprise(input: {name: \"%s\", park: JIANGBEI, "
            + "industryChain: NON_FERROUS_DEEP_PROCESSING, aboveDesignatedSize: true}) { id }";

    private static boolean cycleRecorded;

    @BeforeEach
    void recordTheCycleOnce() {
        // a call that never answers fails instead of hanging the build
        RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 20_000).setParam("http.connection.timeout", 20_000));
        if (!cycleRecorded) {
            String enterprise = createEnterprise(unique("环宇"));
            createProject(enterprise, "1000000", "SIGNED", "2021-03-01");
            createProject(enterprise, "2000000", "SIGNED", "2021-03-02");
            cycleRecorded = true;
        }
    }

    @AfterAll
    static void defaults() {
        RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig());
    }

    @Test
    void theProjectEnterpriseCycle33LevelsDeepIsRefusedBeforeAnythingRuns() {
        HostileGraphQL.assertRefusedBeforeExecution(TestTokens.leader(), CYCLE_33_DEEP, "QUERY_TOO_DEEP");
    }

    @Test
    void twoHundredAliasedWritesAreRefusedAndWriteNothing() {
        String name = unique("别名");
        HostileGraphQL.assertRefusedBeforeExecution(TestTokens.investment(),
                HostileGraphQL.aliased("mutation", 200, WRITE.formatted(name)), "TOO_MANY_ALIASES");

        given().auth().oauth2(TestTokens.investment()).queryParam("name", name).get("/api/enterprises")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void fragmentsSpreadingEachOtherAreRefusedAsTooComplex() {
        StringBuilder query = new StringBuilder("{ enterprises { items { ...F1 } } }");
        for (int level = 1; level < 24; level++) {
            query.append(" fragment F").append(level).append(" on Enterprise { ...F").append(level + 1).append(" ...F")
                    .append(level + 1).append(" }");
        }
        query.append(" fragment F24 on Enterprise { id name }");

        HostileGraphQL.assertRefusedBeforeExecution(TestTokens.leader(), query.toString(), "QUERY_TOO_COMPLEX");
    }

    @Test
    void theCycleWithinTheLimitsRuns() {
        GraphQL.post(TestTokens.leader(), HostileGraphQL.nested(12, List.of("enterprises(size: 5)", "items"),
                List.of("investmentProjects", "enterprise"), "id"))
                .statusCode(200)
                .body("errors", equalTo(null))
                .body("data.enterprises.items", not(empty()));
    }

    @Test
    void refusalsLeaveRestHealthAndOtherOperationsAnswering() {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> hostile = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String query = i % 2 == 0 ? CYCLE_33_DEEP
                        : HostileGraphQL.aliased("mutation", 200, WRITE.formatted(unique("别名")));
                String code = i % 2 == 0 ? "QUERY_TOO_DEEP" : "TOO_MANY_ALIASES";
                hostile.add(CompletableFuture.runAsync(
                        () -> HostileGraphQL.assertRefusedBeforeExecution(TestTokens.investment(), query, code), callers));
            }
            for (int i = 0; i < 5; i++) {
                given().get("/q/health/ready").then().statusCode(200);
                given().auth().oauth2(TestTokens.leader()).get("/api/enterprises").then().statusCode(200);
                GraphQL.post(TestTokens.leader(), "{ enterprises(size: 1) { totalItems } }").statusCode(200)
                        .body("errors", equalTo(null));
            }
            CompletableFuture.allOf(hostile.toArray(CompletableFuture[]::new)).join();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aSlowOperationHoldsOnlyItsOwnWorkerThread() throws InterruptedException {
        HeldGraphQL.hold();
        CompletableFuture<ValidatableResponse> held = CompletableFuture
                .supplyAsync(() -> GraphQL.post(TestTokens.leader(), "{ held }"));
        try {
            assertTrue(HeldGraphQL.started(), "the held operation started");

            given().get("/q/health/ready").then().statusCode(200);
            given().auth().oauth2(TestTokens.leader()).get("/api/enterprises").then().statusCode(200);
            GraphQL.post(TestTokens.leader(), "{ enterprises(size: 1) { totalItems } }").statusCode(200)
                    .body("errors", equalTo(null));
        } finally {
            HeldGraphQL.release();
        }
        held.join().statusCode(200).body("data.held", equalTo("released"));
    }

    @Test
    void onlyJsonPostsOfGraphQLRequestsRun() {
        String name = unique("跨站");
        HostileGraphQL.assertOnlyJsonPostsRun(TestTokens.investment(), "mutation { " + WRITE.formatted(name) + " }");
        HostileGraphQL.assertMalformedRequestsAreBadRequests(TestTokens.leader());
        HostileGraphQL.assertTooLongAQueryIsRefused(TestTokens.leader());

        given().auth().oauth2(TestTokens.investment()).queryParam("name", name).get("/api/enterprises")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void invalidLiteralsAreNamedByArgumentAndTypeWithoutTheSyntaxTreeOrTheValue() {
        GraphQL.post(TestTokens.leader(), "{ enterprises(filter: {park: HOSTILE_VALUE}) { totalItems } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", equalTo("Validation error (WrongType@[enterprises]) : argument"
                        + " 'filter.park' is not one of the values of enum 'Park'."));
        GraphQL.post(TestTokens.investment(), "mutation { " + WRITE.formatted("敌意")
                .replace("(input: {", "(input: {hostileField: 1, ") + " }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", equalTo("Validation error (WrongType@[createEnterprise]) : argument"
                        + " 'input' has a field that 'EnterpriseInput' does not define."));
    }
}
