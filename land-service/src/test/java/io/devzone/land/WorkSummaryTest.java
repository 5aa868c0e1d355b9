package io.devzone.land;

import static io.devzone.land.AcquisitionTest.acquisition;
import static io.devzone.land.Fixtures.create;
import static io.devzone.land.Fixtures.createHousehold;
import static io.devzone.land.Fixtures.createParcel;
import static io.devzone.land.Fixtures.parcel;
import static io.devzone.land.Fixtures.projectId;
import static io.devzone.land.Fixtures.suppliedParcel;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.launcher.demo.DemoRefs;
import io.devzone.launcher.demo.DemoScript;
import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;

@QuarkusTest
class WorkSummaryTest {

    private static final String SECTION = "query($r: [_Any!]!) { _entities(representations: $r) { ... on WorkSummary {"
            + " from to land { acquiredMu relocationContractsSigned householdsResettled landUseCasesHandled openDisputes"
            + " acquiredByPark { park acquiredMu } expansion { title steps { name status } } } } } }";

    private static io.restassured.specification.RequestSpecification exact() {
        return given().auth().oauth2(TestTokens.leader()).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    /** The source's figures for H1 2011, from the demo file replayed through the API (the only 2011 data here). */
    @Test
    void givesTheSourcesFiguresForTheFirstHalfOf2011FromTheDemoData() {
        DemoScript script = DemoScript.read(Path.of("demo/h1-2011.json"));
        script.replay(URI.create("http://localhost:" + RestAssured.port), TestTokens.token(script.user(), "land"),
                DemoRefs.lenient());

        exact().queryParam("from", "2011-01-01").queryParam("to", "2011-06-30").get("/api/work-summary")
                .then().statusCode(200)
                .body("acquiredMu", equalTo(new BigDecimal("271.00")))
                .body("acquiredByPark.park", contains("JIANGBEI", "ZIWU"))
                .body("acquiredByPark.acquiredMu", contains(new BigDecimal("221.00"), new BigDecimal("50.00")))
                .body("acquiredByParcel.code", contains("JB-2011-HCBL", "ZW-2011-ZWL"))
                .body("relocationContractsSigned", equalTo(5))
                .body("landUseCasesHandled", equalTo(25))
                .body("householdsResettled", equalTo(0))
                .body("openDisputes", equalTo(1))
                .body("expansion.steps.flatten().findAll { it.name == '环评报告批复' }.status", contains("APPROVED"));
        // the first quarter alone: the acquisitions and most contracts fall later
        exact().queryParam("from", "2011-01-01").queryParam("to", "2011-03-31").get("/api/work-summary")
                .then().statusCode(200)
                .body("acquiredMu", equalTo(new BigDecimal("0.00")))
                .body("relocationContractsSigned", equalTo(2))
                .body("landUseCasesHandled", equalTo(15))
                .body("expansion.steps.flatten().findAll { it.name == '环评报告批复' }.status", contains("PENDING"));

        GraphQL.post(TestTokens.investment(), SECTION, Map.of("r", List.of(
                Map.of("__typename", "WorkSummary", "from", "2011-01-01", "to", "2011-06-30"))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities[0].from", equalTo("2011-01-01"))
                .body("data._entities[0].land.acquiredMu", equalTo(271.0f))
                .body("data._entities[0].land.relocationContractsSigned", equalTo(5))
                .body("data._entities[0].land.landUseCasesHandled", equalTo(25));

        // personal data of the demo households stays protected like any other
        given().auth().oauth2(TestTokens.investment()).queryParam("status", "CONTRACT_SIGNED")
                .get("/api/relocation-households")
                .then().statusCode(200).body("items.headName", hasItem(nullValue()));

        // the demo parcels moved by dated status changes only
        String supplied = given().auth().oauth2(TestTokens.leader()).queryParam("code", "JB-2011-HT")
                .get("/api/land-parcels")
                .then().statusCode(200)
                .body("items.status", contains("SUPPLIED"))
                .body("items.investmentProjectId", contains(notNullValue()))
                .extract().path("items[0].id");
        given().auth().oauth2(TestTokens.leader()).get("/api/land-parcels/" + supplied + "/status-changes")
                .then().statusCode(200)
                .body("to", contains("ACQUIRED", "LEVELLED", "SUPPLIED"))
                .body("on", contains("2010-12-20", "2011-02-20", "2011-06-30"));
        given().auth().oauth2(TestTokens.leader()).queryParam("code", "JB-2011-HCBL").get("/api/land-parcels")
                .then().statusCode(200).body("items.status", contains("ACQUIRED")).body("items.version", contains(2));
    }

    @Test
    void countsOnlyRecordsDatedInThePeriodBothDaysInclusive() {
        String parcelId = createParcel(parcel(uniqueCode("WS"), unique("2007"), "500"));
        create("/api/acquisitions", acquisition(parcelId, "10.25", "2007-01-01", "1000"));
        create("/api/acquisitions", acquisition(parcelId, "20", "2007-06-30", "2000"));
        create("/api/acquisitions", acquisition(parcelId, "40", "2007-07-01", "4000"));
        create("/api/acquisitions", acquisition(parcelId, "80", "2006-12-31", "8000"));
        create("/api/land-use-cases", LandUseCaseTest.landUseCase(uniqueCode("WS"), "in", "2006-12-01", "2007-01-01"));
        create("/api/land-use-cases", LandUseCaseTest.landUseCase(uniqueCode("WS"), "out", "2007-06-01", "2007-07-01"));
        create("/api/land-use-cases", LandUseCaseTest.landUseCase(uniqueCode("WS"), "pending", "2007-06-01", null));
        String signed = createHousehold(parcelId);
        String late = createHousehold(parcelId);
        for (String[] step : new String[][] { { signed, "NEGOTIATING", "2007-03-01", "0" },
                { signed, "CONTRACT_SIGNED", "2007-06-30", "1" }, { late, "NEGOTIATING", "2007-03-01", "0" },
                { late, "CONTRACT_SIGNED", "2007-07-01", "1" } }) {
            given().auth().oauth2(TestTokens.land()).contentType(ContentType.JSON)
                    .body(Map.of("status", step[1], "on", step[2], "version", Integer.parseInt(step[3])))
                    .post("/api/relocation-households/" + step[0] + "/status-changes").then().statusCode(200);
        }
        int openBefore = exact().queryParam("from", "2007-01-01").queryParam("to", "2007-06-30")
                .get("/api/work-summary").then().statusCode(200).extract().path("openDisputes");
        Map<String, Object> dispute = new HashMap<>(Map.of("parcelId", parcelId, "subject", "边界争议", "raisedOn", "2007-02-01",
                "status", "RESOLVED", "resolvedOn", "2007-07-15"));
        create("/api/land-disputes", dispute);
        dispute.put("resolvedOn", "2007-06-30");
        create("/api/land-disputes", dispute);

        exact().queryParam("from", "2007-01-01").queryParam("to", "2007-06-30").get("/api/work-summary")
                .then().statusCode(200)
                .body("from", equalTo("2007-01-01"))
                .body("acquiredMu", equalTo(new BigDecimal("30.25")))
                .body("acquisitionCompensationCny", equalTo(new BigDecimal("3000.00")))
                .body("landUseCasesHandled", equalTo(1))
                .body("relocationContractsSigned", equalTo(1))
                .body("openDisputes", equalTo(openBefore + 1)); // resolved after the period: still open at its end
    }

    @Test
    void refusesAMissingInvalidOrReversedPeriod() {
        given().auth().oauth2(TestTokens.leader()).queryParam("from", "2011-01-01").get("/api/work-summary")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("to"));
        given().auth().oauth2(TestTokens.leader()).queryParam("from", "2011-13-01").queryParam("to", "2011-06-30")
                .get("/api/work-summary")
                .then().statusCode(400).body("errors.field", contains("from"));
        given().auth().oauth2(TestTokens.leader()).queryParam("from", "2011-07-01").queryParam("to", "2011-06-30")
                .get("/api/work-summary")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TestTokens.leader(), SECTION, Map.of("r", List.of(
                Map.of("__typename", "WorkSummary", "from", "2011-07-01", "to", "2011-06-30"))))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        given().get("/api/work-summary?from=2011-01-01&to=2011-06-30").then().statusCode(401);
    }

    @Test
    void contributesRelocationProgressToInvestmentProjects() {
        String project = projectId();
        String other = projectId();
        String parcelId = createParcel(suppliedParcel(uniqueCode("RP"), unique("供地"), "60", project));
        createHousehold(parcelId);
        String signed = createHousehold(parcelId);
        for (String[] step : new String[][] { { "NEGOTIATING", "0" }, { "CONTRACT_SIGNED", "1" } }) {
            given().auth().oauth2(TestTokens.land()).contentType(ContentType.JSON)
                    .body(Map.of("status", step[0], "on", "2008-01-01", "version", Integer.parseInt(step[1])))
                    .post("/api/relocation-households/" + signed + "/status-changes").then().statusCode(200);
        }
        create("/api/land-disputes", Map.of("parcelId", parcelId, "subject", "争议", "raisedOn", "2008-01-01"));
        GraphQL.entities(TestTokens.investment(),
                "... on InvestmentProject { id relocationProgress { households contractsSigned resettled "
                + "openDisputes householdsByStatus { status households } } }",
                GraphQL.entity("InvestmentProject", project), GraphQL.entity("InvestmentProject", other))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities[0].relocationProgress.households", equalTo(2))
                .body("data._entities[0].relocationProgress.contractsSigned", equalTo(1))
                .body("data._entities[0].relocationProgress.openDisputes", equalTo(1))
                .body("data._entities[0].relocationProgress.householdsByStatus.households", contains(1, 0, 1, 0, 0))
                .body("data._entities[1].relocationProgress.households", equalTo(0));
    }
}
