package io.devzone.land;

import static io.devzone.land.AcquisitionTest.acquisition;
import static io.devzone.land.Fixtures.asLand;
import static io.devzone.land.Fixtures.create;
import static io.devzone.land.Fixtures.createHousehold;
import static io.devzone.land.Fixtures.createParcel;
import static io.devzone.land.Fixtures.moveParcel;
import static io.devzone.land.Fixtures.parcel;
import static io.devzone.land.Fixtures.projectId;
import static io.devzone.land.Fixtures.statusChange;
import static io.devzone.land.Fixtures.suppliedParcel;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
            + " acquiredByPark { park acquiredMu } expansion { title steps { name status } }"
            + " availableByPark { park availableMu } difficulties { group recordId subject since owner dueOn overdue }"
            + " } } } }";

    /** 二3 as the demo data records it: Ziwu's room to grow, its acquisition and relocation first. */
    private static final String ZIWU_FIRST = "资五产业园拓展发展空间：征地拆迁先行";

    private static io.restassured.specification.RequestSpecification exact() {
        return given().auth().oauth2(TestTokens.leader()).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    /** The source's figures for H1 2011, from the demo file replayed through the API (the only 2011 data here). */
    @Test
    void givesTheSourcesFiguresForTheFirstHalfOf2011FromTheDemoData() {
        // other tests record parcels and disputes still open in 2011 too: the demo's own are what its replay adds
        Map<String, BigDecimal> availableBefore = available("2011-06-30");
        int openBefore = exact().queryParam("from", "2011-01-01").queryParam("to", "2011-06-30")
                .get("/api/work-summary").then().statusCode(200).extract().path("openDisputes");
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
                .body("openDisputes", equalTo(openBefore + 1))
                .body("expansion.steps.flatten().findAll { it.name == '环评报告批复' }.status", contains("APPROVED"))
                // 二1: the disputed land, overdue; 二3: Ziwu must grow, acquisition first (the review awaited is no
                // step the zone carries out, so no difficulty)
                .body("difficulties.findAll { it.group == 'ACQUISITION_AND_RELOCATION' }.subject",
                        hasItem("纠纷地征收难, 调处难度大"))
                .body("difficulties.find { it.subject == '纠纷地征收难, 调处难度大' }.owner", equalTo("李四"))
                .body("difficulties.find { it.subject == '纠纷地征收难, 调处难度大' }.overdue", equalTo(true))
                .body("difficulties.findAll { it.group == 'ROOM_TO_GROW' }.subject", hasItem(ZIWU_FIRST))
                .body("difficulties.find { it.subject == '" + ZIWU_FIRST + "' }.owner", equalTo("吴九"))
                .body("difficulties.find { it.subject == '" + ZIWU_FIRST + "' }.dueOn", equalTo("2011-12-31"))
                .body("difficulties.find { it.subject == '" + ZIWU_FIRST + "' }.overdue", equalTo(false))
                .body("difficulties.subject", not(hasItem("资兴经济开发区扩园申报：省发改委组织评审会")));
        // 二3: Jiangbei has under 2,000 mu left, Ziwu none for enterprises
        Map<String, BigDecimal> availableAfter = available("2011-06-30");
        BigDecimal jiangbei = availableAfter.get("JIANGBEI")
                .subtract(availableBefore.getOrDefault("JIANGBEI", BigDecimal.ZERO));
        assertTrue(jiangbei.signum() > 0 && jiangbei.compareTo(new BigDecimal("2000")) < 0,
                jiangbei + " mu in Jiangbei");
        assertEquals(0, availableAfter.get("ZIWU").compareTo(availableBefore.getOrDefault("ZIWU", BigDecimal.ZERO)));
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

    /** The parks' land still available at the end of a period, by park (none where no parcel was recorded). */
    private static Map<String, BigDecimal> available(String to) {
        List<Map<String, Object>> parks = exact().queryParam("from", to).queryParam("to", to).get("/api/work-summary")
                .then().statusCode(200).extract().path("availableByPark");
        Map<String, BigDecimal> byPark = new HashMap<>();
        parks.forEach(p -> byPark.put((String) p.get("park"), (BigDecimal) p.get("availableMu")));
        return byPark;
    }

    private static String parcelIn(String park, String use, String status, String statusOn, String areaMu) {
        Map<String, Object> body = parcel(uniqueCode("AV"), unique("可用地"), areaMu);
        body.put("park", park);
        body.put("plannedUse", use);
        body.put("status", status);
        body.put("statusOn", statusOn);
        return createParcel(body);
    }

    private static void supply(String parcelId, String on) {
        Map<String, Object> change = statusChange("SUPPLIED", on, 0);
        change.put("investmentProjectId", projectId());
        moveParcel(parcelId, change);
    }

    @Test
    void countsTheLandStillAvailableFromTheParcelsAsTheyStoodAtThePeriodsEnd() {
        Map<String, BigDecimal> june = available("1995-06-30");
        Map<String, BigDecimal> july = available("1995-07-31");
        parcelIn("LUOWEI", "INDUSTRIAL", "PLANNED", "1995-01-01", "100");
        parcelIn("LUOWEI", "LOGISTICS", "ACQUIRED", "1995-02-01", "40.50");
        parcelIn("LUOWEI", "ROAD", "PLANNED", "1995-01-01", "30");          // never offered to a project
        parcelIn("LUOWEI", "RESETTLEMENT", "LEVELLED", "1995-01-01", "35"); // nor is resettlement land
        parcelIn("LUOWEI", "INDUSTRIAL", "PLANNED", "1995-07-01", "50");    // recorded after June
        supply(parcelIn("LUOWEI", "INDUSTRIAL", "LEVELLED", "1995-01-01", "20"), "1995-06-30"); // gone by June's end
        supply(parcelIn("LUOWEI", "INDUSTRIAL", "LEVELLED", "1995-01-01", "25"), "1995-07-01"); // still there then

        assertEquals(new BigDecimal("165.50"), available("1995-06-30").get("LUOWEI")
                .subtract(june.getOrDefault("LUOWEI", BigDecimal.ZERO)));
        assertEquals(new BigDecimal("190.50"), available("1995-07-31").get("LUOWEI")
                .subtract(july.getOrDefault("LUOWEI", BigDecimal.ZERO)));
        GraphQL.post(TestTokens.investment(), SECTION, Map.of("r", List.of(
                Map.of("__typename", "WorkSummary", "from", "1995-01-01", "to", "1995-06-30"))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities[0].land.availableByPark.park", hasItem("LUOWEI"));
    }

    @Test
    void listsTheOpenDisputesAndTheExpansionStepsTheZoneCarriesOutWithWhetherTheyWereOverdue() {
        String parcelId = createParcel(parcel(uniqueCode("DF"), unique("困难"), "80"));
        String overdue = unique("逾期纠纷");
        String dueLastDay = unique("期末到期纠纷");
        String resolved = unique("已调处纠纷");
        String later = unique("七月纠纷");
        String overdueId = create("/api/land-disputes", dispute(parcelId, overdue, "1996-03-01", "1996-05-31"));
        create("/api/land-disputes", dispute(parcelId, dueLastDay, "1996-04-01", "1996-06-30"));
        Map<String, Object> settled = dispute(parcelId, resolved, "1996-02-01", "1996-03-31");
        settled.put("status", "RESOLVED");
        settled.put("resolvedOn", "1996-06-15");
        create("/api/land-disputes", settled);
        create("/api/land-disputes", dispute(parcelId, later, "1996-07-05", null));
        String title = unique("扩园");
        String applicationId = create("/api/expansion-applications", Map.of("title", title, "submittedOn", "1996-01-10",
                "steps", List.of(
                        Map.of("name", "征地先行", "status", "PENDING", "owner", "王五", "dueOn", "1996-12-31"),
                        Map.of("name", "省级评审", "status", "PENDING"),
                        Map.of("name", "资料上报", "status", "APPROVED", "decidedOn", "1996-06-01", "owner", "赵六"),
                        Map.of("name", "环评", "status", "APPROVED", "decidedOn", "1996-07-10", "owner", "孙七",
                                "dueOn", "1996-06-20"))));

        String mine = "difficulties.findAll { it.subject in ['" + overdue + "', '" + dueLastDay + "', '" + resolved
                + "', '" + later + "'] || it.subject.startsWith('" + title + "') }";
        exact().queryParam("from", "1996-01-01").queryParam("to", "1996-06-30").get("/api/work-summary")
                .then().statusCode(200)
                .body(mine + ".subject", contains(overdue, dueLastDay, title + "：征地先行", title + "：环评"))
                .body(mine + ".group", contains("ACQUISITION_AND_RELOCATION", "ACQUISITION_AND_RELOCATION",
                        "ROOM_TO_GROW", "ROOM_TO_GROW"))
                .body(mine + ".recordId", contains(equalTo(overdueId), notNullValue(), equalTo(applicationId),
                        equalTo(applicationId)))
                .body(mine + ".since", contains("1996-03-01", "1996-04-01", "1996-01-10", "1996-01-10"))
                .body(mine + ".owner", contains("李四", "李四", "王五", "孙七"))
                .body(mine + ".overdue", contains(true, false, false, true));
        // a year on, only the later dispute and the step not yet done remain open
        exact().queryParam("from", "1997-01-01").queryParam("to", "1997-06-30").get("/api/work-summary")
                .then().statusCode(200)
                .body(mine + ".subject", contains(overdue, dueLastDay, later, title + "：征地先行"))
                .body(mine + ".overdue", contains(true, true, false, true));

        asLand().body(dispute(parcelId, unique("倒签"), "1996-03-01", "1996-02-28")).post("/api/land-disputes")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("dueOn"));
    }

    private static Map<String, Object> dispute(String parcelId, String subject, String raisedOn, String dueOn) {
        Map<String, Object> body = new HashMap<>(Map.of("parcelId", parcelId, "subject", subject, "raisedOn", raisedOn,
                "owner", "李四"));
        if (dueOn != null) {
            body.put("dueOn", dueOn);
        }
        return body;
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
