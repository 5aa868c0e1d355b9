package io.devzone.investment;

import static io.devzone.investment.Fixtures.as;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.devzone.launcher.demo.DemoRefs;
import io.devzone.launcher.demo.DemoScript;
import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * The demo data (demo/h1-2011.json), replayed through the REST API as {@code ./devzone up} does, gives the source's
 * figures for the first half of 2011. Other tests record nothing dated on or before 2011-06-30.
 */
@QuarkusTest
class DemoDataTest {

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void theFirstHalfOf2011ComesOutAsTheSourceSaysIt() {
        DemoScript script = DemoScript.read(Path.of("demo", "h1-2011.json"));
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        script.replay(URI.create("http://localhost:" + port + "/"),
                TestTokens.token(script.user(), "investment"), DemoRefs.lenient());

        ValidatableResponse section = as(TestTokens.leader())
                .config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("from", "2011-01-01").queryParam("to", "2011-06-30").get("/api/work-summary")
                .then().statusCode(200);
        Map<String, Object> expected = Map.ofEntries(
                Map.entry("landedProjects", 10),
                Map.entry("landedInvestmentCny", yuan("1285000000")),
                Map.entry("landedProjectsOver100Million", 4),
                Map.entry("landedProjects20To100Million", 6),
                Map.entry("capitalInPlaceDomesticCny", yuan("680000000")),
                Map.entry("capitalInPlaceForeignUsd", yuan("30000000")),
                Map.entry("capitalInPlaceForeignYoyGrowthPercent", yuan("400.0")),
                Map.entry("intentProjects", 10),
                Map.entry("intentInvestmentCny", yuan("560000000")),
                Map.entry("negotiatingProjects", 8),
                Map.entry("strategicInvestors", 3),
                Map.entry("strategicInvestmentCny", yuan("3300000000")),
                Map.entry("financingArrangedCny", yuan("162500000")),
                Map.entry("financingReceivedCny", yuan("120000000")),
                Map.entry("financingForInfrastructureCny", yuan("10000000")),
                Map.entry("enterpriseSubsidiesReceivedCny", yuan("5200000")),
                Map.entry("infrastructureCompleted", 13),
                Map.entry("infrastructureCompletedInvestmentCny", yuan("20770000")),
                Map.entry("infrastructureUnderConstruction", 7),
                Map.entry("infrastructureUnderConstructionBudgetCny", yuan("17350000")),
                Map.entry("infrastructureUnderConstructionCompletedCny", yuan("8550000")),
                Map.entry("infrastructureUnderConstructionCompletionPercent", yuan("49.3")), // the source's 50%
                Map.entry("earthworkM3", yuan("700000")),
                Map.entry("landLevelledMu", yuan("350")),
                Map.entry("taxPaidCny", yuan("352000000")),
                Map.entry("taxPaidYoyGrowthPercent", yuan("48.9")),
                Map.entry("taxPaidTargetCompletionPercent", yuan("50.0")),
                Map.entry("industrialTaxPaidCny", yuan("218690000")),
                Map.entry("aboveDesignatedSizeTaxPaidCny", yuan("115930000")),
                Map.entry("enterprisesPayingTaxOver1Million", 12),
                Map.entry("enterprisesPayingTaxOver1MillionGrowingOver50Percent", 6),
                Map.entry("industrialAddedValueCny", yuan("2650000000")),
                Map.entry("industrialAddedValueYoyGrowthPercent", yuan("40.0")),
                Map.entry("industrialAddedValueTargetCompletionPercent", yuan("51.7")),
                Map.entry("fixedAssetInvestmentCny", yuan("1500000000")),
                Map.entry("fixedAssetInvestmentYoyGrowthPercent", yuan("51.0")),
                Map.entry("schedulingMeetings", 3),
                Map.entry("liaisonGroups", 8));
        expected.forEach((field, value) -> {
            if (value instanceof BigDecimal amount) {
                section.body("investment." + field, comparesEqualTo(amount));
            } else {
                section.body("investment." + field, equalTo(value));
            }
        });
        section.body("investment.taxPayersGrowingOver50Percent",
                contains("展泰有色", "东江水电", "华信有色", "郴丰鞋业", "东江机械厂", "兴盛集团"));
        section.body("investment.subsidisedEnterprises", contains("金万嘉", "创兴人造板", "华康新材料", "神和酒业"));

        GraphQL.post(TestTokens.land(), "{ workSummary(from: \"2011-01-01\", to: \"2011-06-30\") { from to investment {"
                + " landedProjects landedProjectsOver100Million landedProjects20To100Million intentProjects"
                + " negotiatingProjects strategicInvestors infrastructureCompleted infrastructureUnderConstruction"
                + " enterprisesPayingTaxOver1Million taxPaidYoyGrowthPercent } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.workSummary.from", equalTo("2011-01-01"))
                .body("data.workSummary.investment.landedProjects", equalTo(10))
                .body("data.workSummary.investment.landedProjectsOver100Million", equalTo(4))
                .body("data.workSummary.investment.landedProjects20To100Million", equalTo(6))
                .body("data.workSummary.investment.intentProjects", equalTo(10))
                .body("data.workSummary.investment.negotiatingProjects", equalTo(8))
                .body("data.workSummary.investment.strategicInvestors", equalTo(3))
                .body("data.workSummary.investment.infrastructureCompleted", equalTo(13))
                .body("data.workSummary.investment.infrastructureUnderConstruction", equalTo(7))
                .body("data.workSummary.investment.enterprisesPayingTaxOver1Million", equalTo(12))
                .body("data.workSummary.investment.taxPaidYoyGrowthPercent", equalTo(48.9f));

        // the difficulties of section 二 raised at the 2011 meetings are open at the end of June, three of them overdue
        as(TestTokens.leader()).queryParam("open", true).queryParam("dueTo", "2011-07-31")
                .get("/api/meeting-problems")
                .then().statusCode(200).body("totalItems", equalTo(5));
        as(TestTokens.leader()).queryParam("overdueOn", "2011-06-30").queryParam("dueTo", "2011-06-30")
                .get("/api/meeting-problems")
                .then().statusCode(200).body("totalItems", equalTo(3));
    }
}
