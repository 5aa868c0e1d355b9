package io.devzone.investment;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.devzone.commons.testing.TestTokens;
import io.restassured.http.ContentType;

/** Records made through the REST API, named uniquely so tests sharing one database never collide. */
final class Fixtures {

    private Fixtures() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> enterprise(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("park", "JIANGBEI");
        body.put("industryChain", "NON_FERROUS_DEEP_PROCESSING");
        body.put("aboveDesignatedSize", true);
        return body;
    }

    static String createEnterprise(String name) {
        return given().auth().oauth2(TestTokens.investment()).contentType(ContentType.JSON)
                .body(enterprise(name))
                .post("/api/enterprises").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> project(String name, String enterpriseId, String agreedInvestmentCny) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("enterpriseId", enterpriseId);
        body.put("industryChain", "LOGISTICS");
        body.put("park", "ZIWU");
        body.put("agreedInvestmentCny", new java.math.BigDecimal(agreedInvestmentCny));
        body.put("strategicInvestor", false);
        return body;
    }

    static String createProject(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.investment()).contentType(ContentType.JSON).body(body)
                .post("/api/investment-projects").then().statusCode(201).extract().path("id");
    }
}
