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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
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

    /** Infrastructure works, each {status, startedOn, completedOn, budget, completed}, each with 1,000 m³ and 2 亩. */
    private static void recordWorks(Object[][] works) {
        for (Object[] w : works) {
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
        recordWorks(new Object[][] { { "COMPLETED", "2020-10-01", "2021-02-28", 3100000, 3100000 },
                { "UNDER_CONSTRUCTION", "2021-03-01", null, 4000000, 2100000 },
                { "COMPLETED", "2021-04-01", "2021-04-02", 100, 100 } });
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

    private static String enterprise(String name, Boolean industrial, boolean aboveDesignatedSize) {
        Map<String, Object> body = Fixtures.enterprise(name);
        if (industrial != null) {
            body.put("industrial", industrial);
        }
        body.put("aboveDesignatedSize", aboveDesignatedSize);
        return asInvestment().body(body).post("/api/enterprises").then().statusCode(201).extract().path("id");
    }

    @Test
    void countsTaxPayersOverOneMillionTheirGrowthAndTheIndustrialOnesTax() {
        JsonPath before = summary(FROM, TO);
        String biggerName = unique("展泰有色");
        String growerName = unique("郴丰鞋业");
        String steadyName = unique("丰越科技");
        String bigger = enterprise(biggerName, true, false);
        String grower = enterprise(growerName, true, true);
        String steady = enterprise(steadyName, true, false);
        String small = enterprise(unique("神和酒业"), null, true); // not said to be industrial: it is not
        Object[][] figures = { { grower, "2020-01-01", 700000 }, { grower, "2021-01-01", 1100000 },
                { bigger, "2020-03-01", 1000000 }, { bigger, "2021-03-01", 2000000 },
                { steady, "2020-02-01", 1000000 }, { steady, "2021-02-01", 1200000 }, { small, "2021-03-01", 1000000 } };
        for (Object[] f : figures) {
            asInvestment().body(Map.of("enterpriseId", f[0], "month", f[1], "taxPaidCny", f[2],
                    "industrialAddedValueCny", 0, "fixedAssetInvestmentCny", 0))
                    .post("/api/enterprise-monthly-figures").then().statusCode(201);
        }
        JsonPath after = summary(FROM, TO);
        assertGrew(before, after, "taxPaidCny", "5300000");
        assertGrew(before, after, "industrialTaxPaidCny", "4300000");
        assertGrew(before, after, "aboveDesignatedSizeTaxPaidCny", "1100000");
        assertGrew(before, after, "enterprisesPayingTaxOver1Million", "3");
        assertGrew(before, after, "enterprisesPayingTaxOver1MillionGrowingOver50Percent", "2");
        List<String> growing = after.getList("investment.taxPayersGrowingOver50Percent");
        assertEquals(after.getInt("investment.enterprisesPayingTaxOver1MillionGrowingOver50Percent"), growing.size());
        assertFalse(growing.contains(steadyName), "grew by 20% only");
        assertTrue(growing.indexOf(biggerName) >= 0 && growing.indexOf(biggerName) < growing.indexOf(growerName),
                "the larger taxpayer first: " + growing);

        GraphQL.post(TestTokens.land(), "query($from: Date!, $to: Date!) { workSummary(from: $from, to: $to) {"
                + " from to investment { taxPaidCny industrialTaxPaidCny enterprisesPayingTaxOver1Million"
                + " taxPayersGrowingOver50Percent } } }",
                Map.of("from", FROM, "to", TO))
                .statusCode(200)
                .body("data.workSummary.from", equalTo(FROM))
                .body("data.workSummary.to", equalTo(TO))
                .body("data.workSummary.investment.enterprisesPayingTaxOver1Million",
                        equalTo(after.getInt("investment.enterprisesPayingTaxOver1Million")))
                .body("data.workSummary.investment.taxPaidCny",
                        comparesEqualTo(after.getObject("investment.taxPaidCny", BigDecimal.class).floatValue()))
                .body("data.workSummary.investment.industrialTaxPaidCny",
                        comparesEqualTo(after.getObject("investment.industrialTaxPaidCny", BigDecimal.class).floatValue()))
                .body("data.workSummary.investment.taxPayersGrowingOver50Percent", equalTo(growing));
        as(TestTokens.leader()).queryParam("industrial", false).queryParam("name", "神和酒业").get("/api/enterprises")
                .then().statusCode(200).body("items.industrial", everyItem(equalTo(false)))
                .body("items.id", hasItem(small)).body("items.id", not(hasItem(grower)));
    }

    /** A period long before any other test's records: what is compared there is this test's alone. */
    @Test
    void namesTheSubsidisedComparesForeignCapitalAndMeasuresWorksAgainstTheirBudget() {
        JsonPath empty = summary("1995-01-01", "1995-03-31");
        assertNull(empty.get("investment.capitalInPlaceForeignYoyGrowthPercent"), "nothing arrived a year before");
        assertNull(empty.get("investment.infrastructureUnderConstructionCompletionPercent"), "nothing under construction");

        String project = createProject(createEnterprise(unique("鑫阁太阳能科技")), "80000000", "LANDED", "1994-01-05");
        for (String[] a : new String[][] { { "1994-02-01", "100" }, { "1994-04-01", "999" }, { "1995-03-31", "300" },
                { "1995-02-01", "200" } }) {
            asInvestment().body(Map.of("investmentProjectId", project, "origin", "FOREIGN", "arrivedOn", a[0],
                    "amountUsd", new BigDecimal(a[1]))).post("/api/capital-arrivals").then().statusCode(201);
        }
        String later = unique("神和酒业");
        String smaller = unique("创兴人造板");
        String larger = unique("金万嘉");
        Object[][] subsidies = { { later, "SUBSIDY", "1995-02-01", 1000 }, { smaller, "SUBSIDY", "1995-01-15", 50 },
                { larger, "SUBSIDY", "1995-01-15", 80 }, { larger, "SUBSIDY", "1995-03-01", 10 },
                { unique("未到位"), "SUBSIDY", "1995-01-10", 0 }, { unique("贷款"), "LOAN", "1995-01-10", 500 },
                { unique("下季度"), "SUBSIDY", "1995-04-01", 500 } };
        Map<String, String> ids = new HashMap<>();
        for (Object[] f : subsidies) {
            String enterprise = ids.computeIfAbsent((String) f[0], Fixtures::createEnterprise);
            asInvestment().body(Map.of("beneficiary", "ENTERPRISE", "enterpriseId", enterprise, "kind", f[1],
                    "source", "贴息", "arrangedOn", f[2], "arrangedCny", 1000, "receivedCny", f[3]))
                    .post("/api/financings").then().statusCode(201);
        }
        recordWorks(new Object[][] { { "UNDER_CONSTRUCTION", "1995-01-01", null, 4000000, 2100000 },
                { "UNDER_CONSTRUCTION", "1995-03-01", null, 1000000, 400000 },
                { "COMPLETED", "1994-06-01", "1995-02-01", 900000, 900000 } });

        JsonPath after = summary("1995-01-01", "1995-03-31");
        assertEquals(0, new BigDecimal("400.0").compareTo(
                after.getObject("investment.capitalInPlaceForeignYoyGrowthPercent", BigDecimal.class)),
                "500 USD against the 100 of the same days a year before");
        assertEquals(List.of(larger, smaller, later), after.getList("investment.subsidisedEnterprises"),
                "in the order first arranged, the larger first on one day; none received, a loan or later: left out");
        assertEquals(0, new BigDecimal("50.0").compareTo(
                after.getObject("investment.infrastructureUnderConstructionCompletionPercent", BigDecimal.class)),
                "2,500,000 done of the 5,000,000 budget of the works under construction at the end");

        GraphQL.post(TestTokens.land(), "{ workSummary(from: \"1995-01-01\", to: \"1995-03-31\") { investment {"
                + " capitalInPlaceForeignYoyGrowthPercent subsidisedEnterprises"
                + " infrastructureUnderConstructionCompletionPercent } } }")
                .statusCode(200)
                .body("data.workSummary.investment.capitalInPlaceForeignYoyGrowthPercent", equalTo(400.0f))
                .body("data.workSummary.investment.subsidisedEnterprises", contains(larger, smaller, later))
                .body("data.workSummary.investment.infrastructureUnderConstructionCompletionPercent", equalTo(50.0f));
    }
}
