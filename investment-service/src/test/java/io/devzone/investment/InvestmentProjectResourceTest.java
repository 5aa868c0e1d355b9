package io.devzone.investment;

import static io.devzone.investment.Fixtures.asInvestment;
import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.createProject;
import static io.devzone.investment.Fixtures.project;
import static io.devzone.investment.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;

@QuarkusTest
class InvestmentProjectResourceTest {

    @Test
    void keepsMoneyExactAndStartsAsALead() {
        String enterpriseId = createEnterprise(unique("鑫阁"));
        String id = createProject(project(unique("鑫阁太阳能科技"), enterpriseId, "20000000.01"));
        given().auth().oauth2(TestTokens.leader())
                .config(io.restassured.RestAssured.config().jsonConfig(
                        io.restassured.config.JsonConfig.jsonConfig()
                                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get("/api/investment-projects/" + id)
                .then().statusCode(200)
                .body("agreedInvestmentCny", equalTo(new BigDecimal("20000000.01")))
                .body("enterpriseId", equalTo(enterpriseId))
                .body("stage", equalTo("LEAD"))
                .body("audit.createdBy", equalTo("zhang.wei"));
    }

    @Test
    void refusesBadMoneyAndUnknownEnterprises() {
        String enterpriseId = createEnterprise(unique("金万嘉"));
        asInvestment().body(project("x", enterpriseId, "-1")).post("/api/investment-projects")
                .then().statusCode(400).body("errors.field", contains("agreedInvestmentCny"));
        asInvestment().body(project("x", enterpriseId, "1.001")).post("/api/investment-projects")
                .then().statusCode(400).body("errors.field", contains("agreedInvestmentCny"));
        asInvestment().body(project("x", "0196b7a4-0000-7000-8000-000000000000", "1")).post("/api/investment-projects")
                .then().statusCode(400).body("errors.field", contains("enterpriseId"));
    }

    @Test
    void theStageMovesOnlyByStageChanges() {
        String enterpriseId = createEnterprise(unique("贝特瑞"));
        Map<String, Object> body = project(unique("深圳贝特瑞"), enterpriseId, "1000000000");
        String id = createProject(body);

        body.put("stage", "NEGOTIATING");
        body.put("version", 0);
        asInvestment().body(body).put("/api/investment-projects/" + id)
                .then().statusCode(409)
                .body("code", equalTo("CONFLICT"))
                .body("detail", containsString("stage-changes"));

        body.put("stage", "LEAD");
        body.put("name", body.get("name") + " 二期");
        asInvestment().body(body).put("/api/investment-projects/" + id)
                .then().statusCode(200).body("stage", equalTo("LEAD")).body("version", equalTo(1));
    }

    @Test
    void filtersByParkStageAmountAndStrategicFlag() {
        String enterpriseId = createEnterprise(unique("双登"));
        String tag = unique("Filter");
        Map<String, Object> small = project(tag + " small", enterpriseId, "5000000");
        Map<String, Object> big = project(tag + " big", enterpriseId, "300000000");
        big.put("strategicInvestor", true);
        big.put("park", "LUOWEI");
        createProject(small);
        createProject(big);

        given().auth().oauth2(TestTokens.leader()).queryParam("name", tag)
                .queryParam("minAgreedInvestmentCny", "100000000").get("/api/investment-projects")
                .then().statusCode(200).body("items.name", contains(tag + " big"));
        given().auth().oauth2(TestTokens.leader()).queryParam("name", tag)
                .queryParam("strategicInvestor", false).queryParam("park", "ZIWU").queryParam("stage", "LEAD")
                .get("/api/investment-projects")
                .then().statusCode(200).body("items.name", contains(tag + " small"));
        given().auth().oauth2(TestTokens.leader()).queryParam("enterpriseId", enterpriseId)
                .queryParam("sort", "-agreedInvestmentCny").get("/api/investment-projects")
                .then().statusCode(200).body("items.name", contains(tag + " big", tag + " small"));
        given().auth().oauth2(TestTokens.leader()).queryParam("name", tag)
                .queryParam("minAgreedInvestmentCny", "10").queryParam("maxAgreedInvestmentCny", "1")
                .get("/api/investment-projects")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("minAgreedInvestmentCny"));
    }
}
