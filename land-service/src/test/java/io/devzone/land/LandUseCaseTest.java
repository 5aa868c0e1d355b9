package io.devzone.land;

import static io.devzone.land.Fixtures.asLand;
import static io.devzone.land.Fixtures.create;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LandUseCaseTest {

    static Map<String, Object> landUseCase(String number, String subject, String submittedOn, String approvedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseNumber", number);
        body.put("type", "ROUTINE");
        body.put("subject", subject);
        body.put("submittedOn", submittedOn);
        if (approvedOn != null) {
            body.put("approvedOn", approvedOn);
        }
        return body;
    }

    @Test
    void keepsCaseNumbersUniqueAndApprovalAfterSubmission() {
        String number = uniqueCode("ZX-YD");
        String id = create("/api/land-use-cases", landUseCase(number, unique("常规用地"), "2032-01-10", null));
        asLand().body(landUseCase(number.toLowerCase(), "again", "2032-01-10", null)).post("/api/land-use-cases")
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
        asLand().body(landUseCase(uniqueCode("ZX"), "early", "2032-01-10", "2032-01-09")).post("/api/land-use-cases")
                .then().statusCode(400).body("errors.field", contains("approvedOn"));
        asLand().body(Map.of("type", "NONE")).post("/api/land-use-cases").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("type"));
        asLand().body(Map.of("caseNumber", " ")).post("/api/land-use-cases").then().statusCode(400)
                .body("errors.field", contains("caseNumber", "subject", "submittedOn", "type"));

        Map<String, Object> approve = landUseCase(number, "常规用地", "2032-01-10", "2032-02-01");
        approve.put("version", 0);
        asLand().body(approve).put("/api/land-use-cases/" + id).then().statusCode(200)
                .body("approvedOn", equalTo("2032-02-01")).body("caseNumber", equalTo(number));
        given().auth().oauth2(TestTokens.leader()).get("/api/land-use-cases/" + id + "/history")
                .then().statusCode(200).body("newValue", contains("2032-02-01"));
    }

    @Test
    void listsFilteredSortedAndPaged() {
        String tag = uniqueCode("LC");
        String a = create("/api/land-use-cases", landUseCase(tag + "-1", "a", "2033-01-01", "2033-03-01"));
        String b = create("/api/land-use-cases", landUseCase(tag + "-2", "b", "2033-01-01", "2033-02-01"));
        String c = create("/api/land-use-cases", landUseCase(tag + "-3", "c", "2033-01-01", null));
        given().auth().oauth2(TestTokens.investment()).queryParam("approvedFrom", "2033-01-01")
                .queryParam("approvedTo", "2033-12-31").queryParam("sort", "approvedOn").queryParam("size", 1)
                .get("/api/land-use-cases")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items.id", contains(b));
        given().auth().oauth2(TestTokens.investment()).queryParam("caseNumber", tag.toLowerCase() + "-3")
                .queryParam("approved", false).get("/api/land-use-cases")
                .then().statusCode(200).body("items.id", contains(c));
        given().auth().oauth2(TestTokens.investment()).queryParam("approvedFrom", "2033-03-02")
                .queryParam("approvedTo", "2033-03-01").get("/api/land-use-cases")
                .then().statusCode(400).body("errors.field", contains("approvedFrom"));
        GraphQL.post(TestTokens.leader(), "{ landUseCases(filter: {approvedFrom: \"2033-01-01\", approvedTo: \"2033-12-31\"},"
                + " sort: \"-approvedOn\") { totalItems items { id } } }")
                .statusCode(200).body("errors", nullValue())
                .body("data.landUseCases.items.id", contains(a, b));
    }

    @Test
    void recordsTheExpansionApplicationsApprovalSteps() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("资兴经济开发区扩区调规"));
        body.put("submittedOn", "2034-01-15");
        body.put("steps", List.of(Map.of("name", "环评批复", "status", "APPROVED")));
        asLand().body(body).post("/api/expansion-applications")
                .then().statusCode(400).body("errors.field", contains("steps[0].decidedOn"));
        body.put("steps", List.of(Map.of("name", "环评批复", "status", "APPROVED", "decidedOn", "2034-04-20"),
                Map.of("name", "省发改委评审会", "status", "PENDING")));
        String id = create("/api/expansion-applications", body);
        body.put("steps", List.of(Map.of("name", "环评批复", "status", "APPROVED", "decidedOn", "2034-04-20"),
                Map.of("name", "省发改委评审会", "status", "APPROVED", "decidedOn", "2034-09-01")));
        body.put("version", 0);
        asLand().body(body).put("/api/expansion-applications/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("steps.status", contains("APPROVED", "APPROVED"));
        asLand().body(body).put("/api/expansion-applications/" + id).then().statusCode(409);
        given().auth().oauth2(TestTokens.leader()).get("/api/expansion-applications/" + id + "/history")
                .then().statusCode(200)
                .body("findAll { it.field == 'step 省发改委评审会' }.newValue", contains("PENDING", "APPROVED"));
        GraphQL.post(TestTokens.investment(), "query($id: ID!) { expansionApplication(id: $id) { steps { name status decidedOn } } }",
                Map.of("id", id))
                .statusCode(200).body("data.expansionApplication.steps.name", contains("环评批复", "省发改委评审会"));
    }
}
