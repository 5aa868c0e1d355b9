package io.devzone.investment;

import static io.devzone.investment.Fixtures.as;
import static io.devzone.investment.Fixtures.asInvestment;
import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Monthly enterprise figures (one per enterprise and month) and targets whose progress is computed from them. */
@QuarkusTest
class EnterpriseFiguresAndTargetsTest {

    private static Map<String, Object> figure(String enterpriseId, String month, long tax) {
        return Map.of("enterpriseId", enterpriseId, "month", month, "taxPaidCny", tax,
                "industrialAddedValueCny", tax * 3, "fixedAssetInvestmentCny", tax * 2);
    }

    @Test
    void oneRecordPerEnterpriseAndMonthOnTheFirstDay() {
        String enterpriseId = createEnterprise(unique("展泰有色"));
        String id = asInvestment().body(figure(enterpriseId, "2015-01-01", 1000000)).post("/api/enterprise-monthly-figures")
                .then().statusCode(201).body("taxPaidCny", equalTo(1000000.0f)).extract().path("id");
        asInvestment().body(figure(enterpriseId, "2015-01-01", 5)).post("/api/enterprise-monthly-figures")
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body("detail", containsString("2015-01-01"));
        asInvestment().body(figure(enterpriseId, "2015-02-15", 5)).post("/api/enterprise-monthly-figures")
                .then().statusCode(400).body("errors.field", contains("month"));
        asInvestment().body(Map.of("enterpriseId", enterpriseId, "month", "2015-02-01", "taxPaidCny", -5,
                "industrialAddedValueCny", 0, "fixedAssetInvestmentCny", 0)).post("/api/enterprise-monthly-figures")
                .then().statusCode(400).body("errors.field", contains("taxPaidCny"));

        Map<String, Object> change = new java.util.HashMap<>(figure(enterpriseId, "2015-01-01", 1200000));
        change.put("version", 0);
        asInvestment().body(change).put("/api/enterprise-monthly-figures/" + id).then().statusCode(200);
        as(TestTokens.leader()).get("/api/enterprise-monthly-figures/" + id + "/history")
                .then().statusCode(200)
                .body("findAll { it.field == 'taxPaidCny' }.newValue", contains("1000000.00", "1200000.00"));
        GraphQL.post(TestTokens.leader(), "query($id: ID!) { enterprise(id: $id) { monthlyFigures { month taxPaidCny } } }",
                Map.of("id", enterpriseId))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.enterprise.monthlyFigures.month", contains("2015-01-01"))
                .body("data.enterprise.monthlyFigures[0].taxPaidCny", equalTo(1200000.00f));
        asInvestment().delete("/api/enterprises/" + enterpriseId)
                .then().statusCode(409).body("detail", containsString("monthly figure"));
    }

    @Test
    void completionAndGrowthAreComputedFromTheRecords() {
        String a = createEnterprise(unique("东江水电"));
        String b = createEnterprise(unique("华信有色"));
        asInvestment().body(figure(a, "2016-01-01", 3000000)).post("/api/enterprise-monthly-figures").then().statusCode(201);
        asInvestment().body(figure(b, "2016-02-01", 1000000)).post("/api/enterprise-monthly-figures").then().statusCode(201);
        asInvestment().body(figure(a, "2017-01-01", 4000000)).post("/api/enterprise-monthly-figures").then().statusCode(201);
        asInvestment().body(figure(b, "2017-02-01", 2000000)).post("/api/enterprise-monthly-figures").then().statusCode(201);
        asInvestment().body(figure(b, "2017-08-01", 9000000)).post("/api/enterprise-monthly-figures").then().statusCode(201);

        String target = asInvestment().body(Map.of("indicator", "TAX_PAID_CNY", "year", 2017, "targetValue", 24000000))
                .post("/api/targets").then().statusCode(201).extract().path("id");
        asInvestment().body(Map.of("indicator", "TAX_PAID_CNY", "year", 2017, "targetValue", 1))
                .post("/api/targets").then().statusCode(409).body("code", equalTo("CONFLICT"));

        // Jan–Jun 2017: 6,000,000 against 4,000,000 a year before (+50.0%), 25.0% of 24,000,000
        as(TestTokens.partyAffairs()).queryParam("to", "2017-06-30").get("/api/targets/" + target + "/progress")
                .then().statusCode(200)
                .body("actual", equalTo(6000000.00f))
                .body("previousYearActual", equalTo(4000000.00f))
                .body("yoyGrowthPercent", equalTo(50.0f))
                .body("targetCompletionPercent", equalTo(25.0f));
        as(TestTokens.leader()).queryParam("to", "2018-01-01").get("/api/targets/" + target + "/progress")
                .then().statusCode(400).body("errors.field", contains("to"));
        GraphQL.post(TestTokens.leader(), "query($id: ID!) { target(id: $id) { progress { actual targetCompletionPercent } } }",
                Map.of("id", target))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.target.progress.actual", equalTo(15000000.00f))
                .body("data.target.progress.targetCompletionPercent", equalTo(62.5f));

        asInvestment().body(Map.of("indicator", "TAX_PAID_CNY", "year", 2017, "targetValue", 30000000, "version", 0))
                .put("/api/targets/" + target).then().statusCode(200);
        as(TestTokens.leader()).queryParam("to", "2017-06-30").get("/api/targets/" + target + "/progress")
                .then().body("targetCompletionPercent", equalTo(20.0f));
        as(TestTokens.leader()).get("/api/targets/" + target + "/history")
                .then().body("newValue", contains("24000000.00", "30000000.00"));
    }
}
