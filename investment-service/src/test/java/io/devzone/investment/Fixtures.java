package io.devzone.investment;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.devzone.commons.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

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

    static RequestSpecification asInvestment() {
        return given().auth().oauth2(TestTokens.investment()).contentType(ContentType.JSON);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A project entering the pipeline at {@code stage} on {@code on}. */
    static String createProject(String enterpriseId, String agreedInvestmentCny, String stage, String on) {
        Map<String, Object> body = project(unique("项目"), enterpriseId, agreedInvestmentCny);
        body.put("stage", stage);
        body.put("stageOn", on);
        return createProject(body);
    }

    /** Moves a project along the pipeline, sending the version it has now; answers the new version. */
    static int move(String projectId, String stage, String on) {
        int version = given().auth().oauth2(TestTokens.investment()).get("/api/investment-projects/" + projectId)
                .then().statusCode(200).extract().path("version");
        return asInvestment().body(Map.of("stage", stage, "on", on, "version", version))
                .post("/api/investment-projects/" + projectId + "/stage-changes")
                .then().statusCode(200).extract().path("version");
    }

    static String createProject(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.investment()).contentType(ContentType.JSON).body(body)
                .post("/api/investment-projects").then().statusCode(201).extract().path("id");
    }
}
