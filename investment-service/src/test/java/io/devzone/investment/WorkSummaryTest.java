package io.devzone.investment;

import static io.devzone.investment.Fixtures.as;
import static io.devzone.investment.Fixtures.asInvestment;
import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.createProject;
import static io.devzone.investment.Fixtures.move;
import static io.devzone.investment.Fixtures.unique;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The investment section of the work summary is computed from the records of the period. Other tests share the
 * database, so each check compares the section before and after recording data of its own.
 */
@QuarkusTest
class WorkSummaryTest {

    private static final String FROM = "2021-01-01";
    private static final String TO = "2021-03-31";

    private static JsonPath summary(String from, String to) {
        return as(TestTokens.partyAffairs())
                .config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("from", from).queryParam("to", to).get("/api/work-summary")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void assertGrew(JsonPath before, JsonPath after, String field, String by) {
        BigDecimal was = before.getObject("investment." + field, BigDecimal.class);
        BigDecimal now = after.getObject("investment." + field, BigDecimal.class);
        assertEquals(0, now.subtract(was).compareTo(new BigDecimal(by)), field + " grew by " + now.subtract(was));
    }

    @Test
    void refusesAMissingInvalidOrReversedPeriod() {
        as(TestTokens.leader()).queryParam("to", TO).get("/api/work-summary")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("from"));
        as(TestTokens.leader()).queryParam("from", "2021-13-01").queryParam("to", TO).get("/api/work-summary")
                .then().statusCode(400).body("errors.field", contains("from"));
        as(TestTokens.leader()).queryParam("from", TO).queryParam("to", FROM).get("/api/work-summary")
                .then().statusCode(400).body("errors.field", contains("from"));
        GraphQL.post(TestTokens.leader(), "{ workSummary(from: \"2021-03-31\", to: \"2021-01-01\") { from } }")
                .statusCode(200).body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        as(TestTokens.token("visitor")).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/work-summary").then().statusCode(403);
    }

    @Test
    void countsProjectsByTheDatesOfTheirTransitions() {
        JsonPath before = summary(FROM, TO);
        String enterprise = createEnterprise(unique("鸿通仓储物流"));
        String big = createProject(enterprise, "150000000", "SIGNED", "2021-01-05");
        move(big, "LANDED", "2021-02-01");
        move(big, "UNDER_CONSTRUCTION", "2021-03-15");
        String mid = createProject(enterprise, "30000000", "SIGNED", "2021-01-05");
        move(mid, "LANDED", "2021-03-31");
        String late = createProject(enterprise, "10000000", "SIGNED", "2021-01-05");
        move(late, "LANDED", "2021-04-01");
        String intent = createProject(enterprise, "50000000", "NEGOTIATING", "2021-01-20");
        move(intent, "INTENT", "2021-02-10");
        move(intent, "SIGNED", "2021-04-10"); // after the period: still an intent at its end
        String negotiating = createProject(enterprise, "20000000", "LEAD", "2021-01-20");
        move(negotiating, "NEGOTIATING", "2021-03-01");
        String dropped = createProject(enterprise, "20000000", "NEGOTIATING", "2021-01-20");
        move(dropped, "DROPPED", "2021-03-02");
        Map<String, Object> strategic = Fixtures.project(unique("战略"), createEnterprise(unique("深圳贝特瑞")), "1500000000");
        strategic.put("strategicInvestor", true);
        strategic.put("stageOn", "2021-03-22");
        createProject(strategic);

        JsonPath after = summary(FROM, TO);
        assertGrew(before, after, "landedProjects", "2");
        assertGrew(before, after, "landedInvestmentCny", "180000000");
        assertGrew(before, after, "landedProjectsOver100Million", "1");
        assertGrew(before, after, "landedProjects20To100Million", "1");
        assertGrew(before, after, "intentProjects", "1");
        assertGrew(before, after, "intentInvestmentCny", "50000000");
        assertGrew(before, after, "negotiatingProjects", "1");
        assertGrew(before, after, "strategicInvestors", "1");
        assertGrew(before, after, "strategicInvestmentCny", "1500000000");
    }

    @Test
    void sumsMoneyArrivedArrangedAndBuiltInThePeriod() {
        JsonPath before = summary(FROM, TO);
        String enterprise = createEnterprise(unique("华信有色"));
        String project = createProject(enterprise, "150000000", "LANDED", "2021-01-05");
        for (Object[] a : new Object[][] { { "DOMESTIC", "2021-01-01", "1000000.50" }, { "FOREIGN", "2021-03-31", "300" },
                { "DOMESTIC", "2021-04-01", "999" } }) {
            Map<String, Object> body = new HashMap<>(Map.of("investmentProjectId", project, "origin", a[0],
                    "arrivedOn", a[1]));
            body.put(a[0].equals("DOMESTIC") ? "amountCny" : "amountUsd", new BigDecimal((String) a[2]));
            asInvestment().body(body).post("/api/capital-arrivals").then().statusCode(201);
        }
        asInvestment().body(Map.of("beneficiary", "ZONE_INFRASTRUCTURE", "kind", "SUBSIDY", "source", "专项资金",
                "arrangedOn", "2021-02-01", "arrangedCny", 10000000, "receivedCny", 8000000))
                .post("/api/financings").then().statusCode(201);
        asInvestment().body(Map.of("beneficiary", "ENTERPRISE", "enterpriseId", enterprise, "kind", "SUBSIDY",
                "source", "贴息", "arrangedOn", "2021-02-01", "arrangedCny", 1500000, "receivedCny", 1400000))
                .post("/api/financings").then().statusCode(201);
        for (Object[] w : new Object[][] { { "COMPLETED", "2020-10-01", "2021-02-28", 3100000, 3100000 },
                { "UNDER_CONSTRUCTION", "2021-03-01", null, 4000000, 2100000 },
                { "COMPLETED", "2021-04-01", "2021-04-02", 100, 100 } }) {
            Map<String, Object> body = new HashMap<>();
            body.put("name", unique("工程"));
            body.put("kind", "ROAD");
            body.put("status", w[0]);
            body.put("startedOn", w[1]);
            body.put("completedOn", w[2]);
            body.put("budgetCny", w[3]);
            body.put("spentCny", w[4]);
            body.put("investmentCompletedCny", w[4]);
            body.put("earthworkM3", 1000);
            body.put("landLevelledMu", 2);
            asInvestment().body(body).post("/api/infrastructure-projects").then().statusCode(201);
        }
        JsonPath after = summary(FROM, TO);
        assertGrew(before, after, "capitalInPlaceDomesticCny", "1000000.50");
        assertGrew(before, after, "capitalInPlaceForeignUsd", "300");
        assertGrew(before, after, "financingArrangedCny", "11500000");
        assertGrew(before, after, "financingReceivedCny", "9400000");
        assertGrew(before, after, "financingForInfrastructureCny", "8000000");
        assertGrew(before, after, "enterpriseSubsidiesReceivedCny", "1400000");
        assertGrew(before, after, "infrastructureCompleted", "1");
        assertGrew(before, after, "infrastructureCompletedInvestmentCny", "3100000");
        assertGrew(before, after, "infrastructureUnderConstruction", "1");
        assertGrew(before, after, "infrastructureUnderConstructionBudgetCny", "4000000");
        assertGrew(before, after, "infrastructureUnderConstructionCompletedCny", "2100000");
        assertGrew(before, after, "earthworkM3", "2000");
        assertGrew(before, after, "landLevelledMu", "4");
    }

    @Test
    void countsTaxPayersOverOneMillionAndTheirGrowth() {
        JsonPath before = summary(FROM, TO);
        String grower = createEnterprise(unique("郴丰鞋业"));
        String steady = createEnterprise(unique("丰越科技"));
        String small = createEnterprise(unique("神和酒业"));
        Object[][] figures = { { grower, "2020-01-01", 700000 }, { grower, "2021-01-01", 1100000 },
                { steady, "2020-02-01", 1000000 }, { steady, "2021-02-01", 1200000 }, { small, "2021-03-01", 1000000 } };
        for (Object[] f : figures) {
            asInvestment().body(Map.of("enterpriseId", f[0], "month", f[1], "taxPaidCny", f[2],
                    "industrialAddedValueCny", 0, "fixedAssetInvestmentCny", 0))
                    .post("/api/enterprise-monthly-figures").then().statusCode(201);
        }
        JsonPath after = summary(FROM, TO);
        assertGrew(before, after, "taxPaidCny", "3300000");
        assertGrew(before, after, "enterprisesPayingTaxOver1Million", "2");
        assertGrew(before, after, "enterprisesPayingTaxOver1MillionGrowingOver50Percent", "1");

        GraphQL.post(TestTokens.land(), "query($from: Date!, $to: Date!) { workSummary(from: $from, to: $to) {"
                + " from to investment { taxPaidCny enterprisesPayingTaxOver1Million } } }",
                Map.of("from", FROM, "to", TO))
                .statusCode(200)
                .body("data.workSummary.from", equalTo(FROM))
                .body("data.workSummary.to", equalTo(TO))
                .body("data.workSummary.investment.enterprisesPayingTaxOver1Million",
                        equalTo(after.getInt("investment.enterprisesPayingTaxOver1Million")))
                .body("data.workSummary.investment.taxPaidCny",
                        comparesEqualTo(after.getObject("investment.taxPaidCny", BigDecimal.class).floatValue()));
    }
}
