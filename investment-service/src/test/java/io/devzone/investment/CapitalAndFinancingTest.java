package io.devzone.investment;

import static io.devzone.investment.Fixtures.as;
import static io.devzone.investment.Fixtures.asInvestment;
import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.createProject;
import static io.devzone.investment.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Capital in place (到位资金) and financing (融资): exact, never negative, consistent, with history. */
@QuarkusTest
class CapitalAndFinancingTest {

    private static Map<String, Object> arrival(String projectId, String origin, String on, Object cny, Object usd) {
        Map<String, Object> body = new HashMap<>();
        body.put("investmentProjectId", projectId);
        body.put("origin", origin);
        body.put("arrivedOn", on);
        body.put("amountCny", cny);
        body.put("amountUsd", usd);
        return body;
    }

    @Test
    void capitalIsDomesticInYuanOrForeignInDollarsAndNeverNegative() {
        String projectId = createProject(createEnterprise(unique("杉杉")), "120000000", "LANDED", "2019-01-05");
        asInvestment().body(arrival(projectId, "DOMESTIC", "2019-03-01", -5, null)).post("/api/capital-arrivals")
                .then().statusCode(400).body("errors.field", contains("amountCny"));
        asInvestment().body(arrival(projectId, "DOMESTIC", "2019-03-01", null, 100)).post("/api/capital-arrivals")
                .then().statusCode(400).body("errors.field", contains("amountCny"));
        asInvestment().body(arrival(projectId, "FOREIGN", "2019-03-01", 100, 100)).post("/api/capital-arrivals")
                .then().statusCode(400).body("errors.field", contains("amountUsd"));
        asInvestment().body(arrival("0196b7a4-0000-7000-8000-000000000000", "DOMESTIC", "2019-03-01", 1, null))
                .post("/api/capital-arrivals").then().statusCode(400).body("errors.field", contains("investmentProjectId"));

        asInvestment().body(arrival(projectId, "DOMESTIC", "2019-03-01", "80000000.10", null)).post("/api/capital-arrivals")
                .then().statusCode(201).body("amountCny", equalTo(80000000.10f)).body("amountUsd", nullValue());
        String foreign = asInvestment().body(arrival(projectId, "FOREIGN", "2019-06-22", null, 12000000))
                .post("/api/capital-arrivals").then().statusCode(201).extract().path("id");
        as(TestTokens.leader()).queryParam("investmentProjectId", projectId).queryParam("sort", "-arrivedOn")
                .get("/api/capital-arrivals")
                .then().statusCode(200).body("items.origin", contains("FOREIGN", "DOMESTIC"));
        as(TestTokens.leader()).queryParam("investmentProjectId", projectId).queryParam("origin", "DOMESTIC")
                .queryParam("arrivedFrom", "2019-01-01").queryParam("arrivedTo", "2019-03-01")
                .get("/api/capital-arrivals")
                .then().statusCode(200).body("totalItems", equalTo(1));
        as(TestTokens.leader()).queryParam("arrivedFrom", "2019-03-02").queryParam("arrivedTo", "2019-03-01")
                .get("/api/capital-arrivals").then().statusCode(400).body("errors.field", contains("arrivedFrom"));

        Map<String, Object> change = arrival(projectId, "FOREIGN", "2019-06-22", null, 12500000);
        change.put("version", 0);
        asInvestment().body(change).put("/api/capital-arrivals/" + foreign).then().statusCode(200);
        asInvestment().body(change).put("/api/capital-arrivals/" + foreign)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
        as(TestTokens.investment()).get("/api/capital-arrivals/" + foreign + "/history")
                .then().statusCode(200)
                .body("field", contains("amountUsd", "amountUsd"))
                .body("newValue", contains("12000000.00", "12500000.00"));
        as(TestTokens.land()).get("/api/capital-arrivals/" + foreign + "/history").then().statusCode(403);
        GraphQL.post(TestTokens.land(), "query($id: ID!) { investmentProject(id: $id) { capitalArrivals { origin"
                + " amountUsd } } }", Map.of("id", projectId))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.investmentProject.capitalArrivals.origin", contains("DOMESTIC", "FOREIGN"))
                .body("data.investmentProject.capitalArrivals[1].amountUsd", equalTo(12500000.00f));
    }

    @Test
    void financingNeverReceivesMoreThanArrangedAndNamesItsEnterprise() {
        String enterpriseId = createEnterprise(unique("创兴人造板"));
        Map<String, Object> body = new HashMap<>(Map.of("beneficiary", "ENTERPRISE", "enterpriseId", enterpriseId,
                "kind", "SUBSIDY", "source", "省财政奖补", "arrangedOn", "2019-04-12", "arrangedCny", 1300000,
                "receivedCny", 1300001));
        asInvestment().body(body).post("/api/financings")
                .then().statusCode(400).body("errors.field", contains("receivedCny"));
        body.put("receivedCny", 1300000);
        body.remove("enterpriseId");
        asInvestment().body(body).post("/api/financings")
                .then().statusCode(400).body("errors.field", contains("enterpriseId"));
        body.put("beneficiary", "ZONE_INFRASTRUCTURE");
        body.put("enterpriseId", enterpriseId);
        asInvestment().body(body).post("/api/financings")
                .then().statusCode(400).body("errors.field", contains("enterpriseId"));
        body.put("beneficiary", "ENTERPRISE");
        String id = asInvestment().body(body).post("/api/financings")
                .then().statusCode(201).body("receivedCny", equalTo(1300000.0f)).extract().path("id");

        GraphQL.post(TestTokens.leader(), "query($e: ID) { financings(filter: {enterpriseId: $e, kind: SUBSIDY}) {"
                + " totalItems items { id arrangedCny history { field newValue } } } }", Map.of("e", enterpriseId))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.financings.items.id", contains(id))
                .body("data.financings.items[0].history.field", contains("arrangedCny", "receivedCny"));
        GraphQL.post(TestTokens.land(), "query($id: ID!) { financing(id: $id) { history { field } } }",
                Map.of("id", id))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(TestTokens.investment(), "mutation($input: FinancingInput!) { createFinancing(input: $input) { id } }",
                Map.of("input", Map.of("beneficiary", "ZONE_INFRASTRUCTURE", "kind", "LOAN", "source", "x",
                        "arrangedOn", "2019-04-12", "arrangedCny", 10, "receivedCny", 11)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", containsString("receivedCny"));
    }
}
