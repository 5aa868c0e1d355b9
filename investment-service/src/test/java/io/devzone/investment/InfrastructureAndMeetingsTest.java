package io.devzone.investment;

import static io.devzone.investment.Fixtures.as;
import static io.devzone.investment.Fixtures.asInvestment;
import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.createProject;
import static io.devzone.investment.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Infrastructure projects (never more completed than spent) and scheduling meetings with their problems. */
@QuarkusTest
class InfrastructureAndMeetingsTest {

    private static Map<String, Object> works(String name, String status, long budget, long spent, long completed,
            String startedOn, String completedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "ROAD");
        body.put("park", "JIANGBEI");
        body.put("status", status);
        body.put("budgetCny", budget);
        body.put("spentCny", spent);
        body.put("investmentCompletedCny", completed);
        body.put("earthworkM3", 35000);
        body.put("landLevelledMu", 17.5);
        body.put("startedOn", startedOn);
        body.put("completedOn", completedOn);
        return body;
    }

    @Test
    void investmentCompletedIsNeverAboveSpentAndTheStatusMatchesTheDates() {
        String tag = unique("高山东路");
        asInvestment().body(works(tag, "UNDER_CONSTRUCTION", 4000000, 2000000, 2100000, "2018-01-08", null))
                .post("/api/infrastructure-projects")
                .then().statusCode(400).body("errors.field", contains("investmentCompletedCny"));
        asInvestment().body(works(tag, "COMPLETED", 4000000, 2000000, 2000000, "2018-01-08", null))
                .post("/api/infrastructure-projects")
                .then().statusCode(400).body("errors.field", contains("status"));
        asInvestment().body(works(tag, "COMPLETED", 4000000, 2000000, 2000000, "2018-01-08", "2017-12-31"))
                .post("/api/infrastructure-projects")
                .then().statusCode(400).body("errors.field", contains("completedOn"));
        asInvestment().body(works(tag, "PLANNED", 4000000, 0, 0, "2018-01-08", null))
                .post("/api/infrastructure-projects")
                .then().statusCode(400).body("errors.field", contains("status"));

        String id = asInvestment().body(works(tag, "UNDER_CONSTRUCTION", 4000000, 2100000, 2100000, "2018-01-08", null))
                .post("/api/infrastructure-projects").then().statusCode(201)
                .body("landLevelledMu", equalTo(17.5f)).extract().path("id");
        asInvestment().body(works(tag, "PLANNED", 1, 0, 0, null, null)).post("/api/infrastructure-projects")
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
        asInvestment().body(works(tag + " 排洪管道", "PLANNED", 1500000, 0, 0, null, null))
                .post("/api/infrastructure-projects").then().statusCode(201);

        Map<String, Object> done = works(tag, "COMPLETED", 4000000, 4000000, 3900000, "2018-01-08", "2018-09-30");
        done.put("version", 0);
        asInvestment().body(done).put("/api/infrastructure-projects/" + id).then().statusCode(200);
        as(TestTokens.leader()).queryParam("name", tag).queryParam("sort", "-budgetCny").get("/api/infrastructure-projects")
                .then().statusCode(200).body("items.status", contains("COMPLETED", "PLANNED"));
        as(TestTokens.leader()).queryParam("name", tag).queryParam("status", "COMPLETED")
                .queryParam("minBudgetCny", 2000000).get("/api/infrastructure-projects")
                .then().statusCode(200).body("totalItems", equalTo(1));
        as(TestTokens.leader()).get("/api/infrastructure-projects/" + id + "/history")
                .then().statusCode(200)
                .body("findAll { it.field == 'investmentCompletedCny' }.newValue", contains("2100000.00", "3900000.00"))
                .body("findAll { it.field == 'status' }.newValue", contains("COMPLETED"));
    }

    @Test
    void meetingsReviewProjectsAndTheirProblemsAreFollowedUntilResolved() {
        String project = createProject(createEnterprise(unique("兴盛集团")), "60000000", "LANDED", "2018-03-01");
        String title = unique("项目建设调度会");
        String meeting = asInvestment().body(Map.of("kind", "MONTHLY", "heldOn", "2018-03-02", "title", title,
                "investmentProjectIds", List.of(project)))
                .post("/api/scheduling-meetings").then().statusCode(201)
                .body("investmentProjectIds", contains(project)).extract().path("id");
        asInvestment().body(Map.of("kind", "SPECIAL", "heldOn", "2018-03-02", "title", "x",
                "investmentProjectIds", List.of("0196b7a4-0000-7000-8000-000000000000")))
                .post("/api/scheduling-meetings").then().statusCode(400).body("errors.field", contains("investmentProjectIds"));

        String owner = unique("李四");
        String overdue = asInvestment().body(Map.of("description", "林地占用指标", "owner", owner, "dueOn", "2018-04-30"))
                .post("/api/scheduling-meetings/" + meeting + "/problems").then().statusCode(201)
                .body("open", equalTo(true)).extract().path("id");
        String notDue = asInvestment().body(Map.of("description", "安置地未落实到组", "owner", owner, "dueOn", "2018-07-31"))
                .post("/api/scheduling-meetings/" + meeting + "/problems").then().statusCode(201).extract().path("id");
        String resolved = asInvestment().body(Map.of("description", "招投标程序过多", "owner", owner, "dueOn", "2018-05-31"))
                .post("/api/scheduling-meetings/" + meeting + "/problems").then().statusCode(201).extract().path("id");
        asInvestment().body(Map.of("description", "x", "owner", owner, "dueOn", "2018-03-01"))
                .post("/api/scheduling-meetings/" + meeting + "/problems")
                .then().statusCode(400).body("errors.field", contains("dueOn"));
        asInvestment().body(Map.of("description", "招投标程序过多", "owner", owner, "dueOn", "2018-05-31",
                "resolution", "已简化", "version", 0))
                .put("/api/meeting-problems/" + resolved).then().statusCode(400).body("errors.field", contains("resolvedOn"));
        asInvestment().body(Map.of("description", "招投标程序过多", "owner", owner, "dueOn", "2018-05-31",
                "resolution", "已简化评审程序", "resolvedOn", "2018-05-20", "version", 0))
                .put("/api/meeting-problems/" + resolved).then().statusCode(200).body("open", equalTo(false));

        as(TestTokens.leader()).queryParam("owner", owner).queryParam("open", true).get("/api/meeting-problems")
                .then().statusCode(200).body("items.id", containsInAnyOrder(overdue, notDue));
        as(TestTokens.leader()).queryParam("owner", owner).queryParam("overdueOn", "2018-06-30").get("/api/meeting-problems")
                .then().statusCode(200).body("items.id", contains(overdue));
        as(TestTokens.leader()).queryParam("investmentProjectId", project).get("/api/scheduling-meetings")
                .then().statusCode(200).body("items.title", contains(title));

        GraphQL.post(TestTokens.land(), "query($id: ID!, $owner: String) { schedulingMeeting(id: $id) { title"
                + " problems { id open } } meetingProblems(filter: {owner: $owner, overdueOn: \"2018-06-30\"}) {"
                + " items { id } } }", Map.of("id", meeting, "owner", owner))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.schedulingMeeting.problems.id", containsInAnyOrder(overdue, notDue, resolved))
                .body("data.meetingProblems.items.id", contains(overdue));
        asInvestment().delete("/api/investment-projects/" + project)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
    }
}
