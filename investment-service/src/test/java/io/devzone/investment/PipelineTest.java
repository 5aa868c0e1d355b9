package io.devzone.investment;

import static io.devzone.investment.Fixtures.as;
import static io.devzone.investment.Fixtures.asInvestment;
import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.createProject;
import static io.devzone.investment.Fixtures.move;
import static io.devzone.investment.Fixtures.project;
import static io.devzone.investment.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.PipelineMoves;
import io.devzone.commons.testing.TestTokens;
import io.devzone.commons.time.ZoneClock;
import io.devzone.investment.domain.PipelineStage;
import io.quarkus.test.junit.QuarkusTest;

/** The pipeline: only legal, dated transitions, kept as history; money changes kept as history. */
@QuarkusTest
class PipelineTest {

    @Test
    void movesOneDatedStepAtATimeAndKeepsEveryStep() {
        String id = createProject(createEnterprise(unique("鸿通")), "300000000", "SIGNED", "2020-01-10");
        move(id, "LANDED", "2020-03-08");
        move(id, "UNDER_CONSTRUCTION", "2020-05-20");

        as(TestTokens.land()).get("/api/investment-projects/" + id + "/stage-changes")
                .then().statusCode(200)
                .body("toStage", contains("SIGNED", "LANDED", "UNDER_CONSTRUCTION"))
                .body("fromStage", contains(null, "SIGNED", "LANDED"))
                .body("on", contains("2020-01-10", "2020-03-08", "2020-05-20"))
                .body("recordedBy", contains("zhang.wei", "zhang.wei", "zhang.wei"));
        as(TestTokens.leader()).get("/api/investment-projects/" + id)
                .then().body("stage", equalTo("UNDER_CONSTRUCTION")).body("version", equalTo(2));
    }

    @Test
    void refusesAnIllegalMoveNamingTheAllowedNextStages() {
        String id = createProject(createEnterprise(unique("鑫阁")), "80000000", "NEGOTIATING", "2020-02-01");
        asInvestment().body(Map.of("stage", "LANDED", "on", "2020-03-01", "version", 0))
                .post("/api/investment-projects/" + id + "/stage-changes")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("detail", containsString("INTENT"))
                .body("detail", containsString("DROPPED"))
                .body("detail", not(containsString("SIGNED")));
        as(TestTokens.leader()).get("/api/investment-projects/" + id).then().body("stage", equalTo("NEGOTIATING"));
    }

    @Test
    void aDroppedProjectIsFinal() {
        String id = createProject(createEnterprise(unique("示例")), "1000", "LEAD", "2020-02-01");
        move(id, "DROPPED", "2020-02-02");
        asInvestment().body(Map.of("stage", "NEGOTIATING", "on", "2020-03-01", "version", 1))
                .post("/api/investment-projects/" + id + "/stage-changes")
                .then().statusCode(409)
                .body("detail", equalTo("An investment project cannot move from DROPPED to NEGOTIATING;"
                        + " DROPPED is the last stage."));
    }

    @Test
    void refusesAMoveDatedBeforeTheLastOneAStaleVersionAndAFutureDate() {
        String id = createProject(createEnterprise(unique("华康")), "90000000", "SIGNED", "2020-04-12");
        asInvestment().body(Map.of("stage", "LANDED", "on", "2020-04-11", "version", 0))
                .post("/api/investment-projects/" + id + "/stage-changes")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("on"));
        asInvestment().body(Map.of("stage", "LANDED", "on", "2999-01-01", "version", 0))
                .post("/api/investment-projects/" + id + "/stage-changes")
                .then().statusCode(400).body("errors.field", contains("on"));
        move(id, "LANDED", "2020-04-12");
        asInvestment().body(Map.of("stage", "UNDER_CONSTRUCTION", "on", "2020-05-01", "version", 0))
                .post("/api/investment-projects/" + id + "/stage-changes")
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body("detail", containsString("version"));
        asInvestment().body(Map.of("stage", "UNDER_CONSTRUCTION", "on", "2020-05-01"))
                .post("/api/investment-projects/" + id + "/stage-changes")
                .then().statusCode(400).body("errors.field", contains("version"));
    }

    @Test
    void keepsAReadableHistoryForTheDepartmentAndLeadersOnly() {
        String enterpriseId = createEnterprise(unique("金万嘉"));
        Map<String, Object> body = project(unique("金万嘉 扩建"), enterpriseId, "95000000");
        body.put("stage", "INTENT");
        body.put("stageOn", "2020-03-05");
        String id = createProject(body);
        body.put("agreedInvestmentCny", new java.math.BigDecimal("95000000.50"));
        body.put("version", 0);
        asInvestment().body(body).put("/api/investment-projects/" + id).then().statusCode(200);
        move(id, "SIGNED", "2020-05-06");

        as(TestTokens.leader()).get("/api/investment-projects/" + id + "/history")
                .then().statusCode(200)
                .body("field", contains("agreedInvestmentCny", "agreedInvestmentCny", "stage"))
                .body("oldValue", contains(null, "95000000.00", "INTENT"))
                .body("newValue", contains("95000000.00", "95000000.50", "SIGNED"))
                .body("changedBy", contains("zhang.wei", "zhang.wei", "zhang.wei"));
        as(TestTokens.land()).get("/api/investment-projects/" + id + "/history")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        GraphQL.post(TestTokens.partyAffairs(), "query($id: ID!) { investmentProject(id: $id) { history { field } } }",
                Map.of("id", id))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(TestTokens.leader(), "query($id: ID!) { investmentProject(id: $id) { stageChanges { toStage on }"
                + " history { field newValue changedBy } } }", Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.investmentProject.stageChanges.toStage", contains("INTENT", "SIGNED"))
                .body("data.investmentProject.history.newValue", contains("95000000.00", "95000000.50", "SIGNED"));
    }

    @Test
    void listsEachProjectsOwnMovesAndHistoryAndEntersANewOneToday() {
        String enterpriseId = createEnterprise(unique("长青"));
        String moved = createProject(enterpriseId, "2000000", "LEAD", "2020-01-01");
        move(moved, "NEGOTIATING", "2020-02-01");
        String fresh = createProject(project(unique("长青 二期"), enterpriseId, "3000000"));

        GraphQL.post(TestTokens.leader(), "query($e: ID!) { investmentProjects(filter: {enterpriseId: $e},"
                + " sort: \"createdAt\") { items { id stageChanges { toStage on } history { field newValue } } } }",
                Map.of("e", enterpriseId))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.investmentProjects.items.id", contains(moved, fresh))
                .body("data.investmentProjects.items[0].stageChanges.toStage", contains("LEAD", "NEGOTIATING"))
                .body("data.investmentProjects.items[0].stageChanges.on", contains("2020-01-01", "2020-02-01"))
                .body("data.investmentProjects.items[0].history.field", contains("agreedInvestmentCny", "stage"))
                .body("data.investmentProjects.items[1].stageChanges.toStage", contains("LEAD"))
                .body("data.investmentProjects.items[1].stageChanges.on", contains(new ZoneClock().today().toString()))
                .body("data.investmentProjects.items[1].history.newValue", contains("3000000.00"));
    }

    @Test
    void changesStagesThroughGraphQL() {
        String id = createProject(createEnterprise(unique("神和")), "75000000", "SIGNED", "2020-04-20");
        String mutation = "mutation($id: ID!, $input: StageChangeInput!) { changeInvestmentProjectStage(id: $id,"
                + " input: $input) { stage version } }";
        GraphQL.refused("changeInvestmentProjectStage", "CONFLICT", TestTokens.investment(), mutation,
                Map.of("id", id, "input", Map.of("stage", "IN_PRODUCTION", "on", "2020-06-01", "version", 0)))
                .body("errors[0].message", containsString("LANDED"));
        GraphQL.post(TestTokens.investment(), mutation,
                Map.of("id", id, "input", Map.of("stage", "LANDED", "on", "2020-06-16", "version", 0)))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.changeInvestmentProjectStage.stage", equalTo("LANDED"))
                .body("data.changeInvestmentProjectStage.version", equalTo(1));
        GraphQL.post(TestTokens.leader(), mutation,
                Map.of("id", id, "input", Map.of("stage", "UNDER_CONSTRUCTION", "on", "2020-06-17", "version", 1)))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void listsTheMovesItAcceptsAtTheStartTheMiddleAndTheEnd() {
        PipelineMoves stages = new PipelineMoves(TestTokens.investment(), "investmentProject",
                "changeInvestmentProjectStage(id: $id, input: $input)", "StageChangeInput", PipelineStage.class,
                stage -> Map.of("stage", stage, "on", "2020-02-01"));
        String enterpriseId = createEnterprise(unique("东方冶炼"));

        String lead = createProject(enterpriseId, "1000000", "LEAD", "2020-01-10");
        stages.assertAllowedMoves(lead, "NEGOTIATING", "DROPPED");
        stages.move(lead, "NEGOTIATING");
        stages.move(createProject(enterpriseId, "1000000", "LEAD", "2020-01-10"), "DROPPED");

        String signed = createProject(enterpriseId, "1000000", "SIGNED", "2020-01-10");
        stages.assertAllowedMoves(signed, "LANDED", "DROPPED");
        stages.move(signed, "LANDED");
        String dropped = createProject(enterpriseId, "1000000", "SIGNED", "2020-01-10");
        stages.move(dropped, "DROPPED");

        stages.assertAllowedMoves(createProject(enterpriseId, "1000000", "IN_PRODUCTION", "2020-01-10"));
        stages.assertAllowedMoves(dropped);
        as(TestTokens.leader()).get("/api/investment-projects/" + signed)
                .then().statusCode(200).body("allowedMoves", contains("UNDER_CONSTRUCTION", "DROPPED"));
    }

    @Test
    void filtersByLiaisonGroup() {
        String enterpriseId = createEnterprise(unique("东江机械厂"));
        String group = unique("第九联络工作组");
        Map<String, Object> body = project(unique("东江机械厂 技改"), enterpriseId, "90000000");
        body.put("liaisonGroup", group);
        body.put("responsibleLeader", "张三");
        createProject(body);
        as(TestTokens.leader()).queryParam("liaisonGroup", group).get("/api/investment-projects")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].responsibleLeader", equalTo("张三"))
                .body("items[0].liaisonGroup", equalTo(group));
    }
}
