package io.devzone.party;

import static io.devzone.party.Fixtures.create;
import static io.devzone.party.Fixtures.probationaryMember;
import static io.devzone.party.Fixtures.summary;
import static io.devzone.party.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class WorkSummaryTest {

    private static int count(JsonPath summary, String list, String key, String value) {
        return summary.getInt(list + ".find { it." + key + " == '" + value + "' }.count");
    }

    private static int delta(Fixtures.DemoReplay replay, String path) {
        return replay.after().getInt(path) - replay.before().getInt(path);
    }

    private static int delta(Fixtures.DemoReplay replay, String list, String key, String value) {
        return count(replay.after(), list, key, value) - count(replay.before(), list, key, value);
    }

    @Test
    void theDemoDataGivesTheSourcesFiguresForTheFirstHalfOf2011() {
        Fixtures.DemoReplay replay = Fixtures.demo();
        assertEquals("2011-01-01", replay.after().getString("from"));
        assertEquals("2011-06-30", replay.after().getString("to"));
        // 上半年，共发展党员8名，其中干部2名、非公企业员工6名
        assertEquals(8, delta(replay, "membersDeveloped"));
        assertEquals(2, delta(replay, "membersDevelopedByCategory", "category", "CADRE"));
        assertEquals(6, delta(replay, "membersDevelopedByCategory", "category", "NON_PUBLIC_ENTERPRISE_EMPLOYEE"));
        assertEquals(0, delta(replay, "membersDevelopedByCategory", "category", "OTHER"));
        // 党政领导班子民主生活会和各党支部民主生活会; 九十周年: 趣味运动会, 党史知识抢答赛; 招聘会; 技能培训班
        assertEquals(2, delta(replay, "democraticLifeMeetingsHeld"));
        assertEquals(1, delta(replay, "activitiesByType", "type", "SPORTS_MEET"));
        assertEquals(1, delta(replay, "activitiesByType", "type", "KNOWLEDGE_QUIZ"));
        assertEquals(1, delta(replay, "activitiesByType", "type", "JOB_FAIR"));
        assertEquals(1, delta(replay, "activitiesByType", "type", "TRAINING"));
        assertEquals(8, delta(replay, "activitiesHeld"));
        // 评选先进基层党组织、优秀共产党员、优秀党务工作者
        assertEquals(3, delta(replay, "honoursAwarded"));
        assertEquals(1, delta(replay, "honoursByKind", "kind", "OUTSTANDING_PARTY_WORKER"));
    }

    @Test
    void countsMembersDevelopedInThePeriodByCategory() {
        Fixtures.demo();
        JsonPath before = summary("2011-02-01", "2011-02-28");
        probationaryMember(unique("In"), "CADRE", "2011-02-01");
        probationaryMember(unique("In too"), "OTHER", "2011-02-28");
        probationaryMember(unique("Before"), "CADRE", "2011-01-31");
        probationaryMember(unique("After"), "CADRE", "2011-03-01");
        String unfinished = create("/api/party-members", Fixtures.member(unique("Applicant"),
                Fixtures.createBranch(unique("Branch")), "CADRE", "2011-02-10"));
        Fixtures.step(unfinished, "ACTIVIST", "2011-02-11", 0);
        JsonPath after = summary("2011-02-01", "2011-02-28");
        assertEquals(2, after.getInt("membersDeveloped") - before.getInt("membersDeveloped"));
        assertEquals(1, count(after, "membersDevelopedByCategory", "category", "CADRE")
                - count(before, "membersDevelopedByCategory", "category", "CADRE"));
        assertEquals(1, count(after, "membersDevelopedByCategory", "category", "OTHER")
                - count(before, "membersDevelopedByCategory", "category", "OTHER"));
        assertEquals(List.of("CADRE", "NON_PUBLIC_ENTERPRISE_EMPLOYEE", "OTHER"),
                after.getList("membersDevelopedByCategory.category"));
    }

    @Test
    void countsActivitiesAndHonoursInThePeriod() {
        JsonPath before = summary("1999-03-01", "1999-03-31");
        Map<String, Object> meeting = Fixtures.activity(unique("民主生活会"), "1999-03-01");
        meeting.put("type", "DEMOCRATIC_LIFE_MEETING");
        Fixtures.createActivity(meeting);
        Fixtures.createActivity(Fixtures.activity(unique("Job fair"), "1999-03-31"));
        Fixtures.createActivity(Fixtures.activity(unique("Too late"), "1999-04-01"));
        String branch = Fixtures.createBranch(unique("Honoured"));
        create("/api/party-honours", Map.of("kind", "ADVANCED_GRASSROOTS_ORGANISATION", "awardedOn", "1999-03-15",
                "title", "先进基层党组织", "organisationId", branch));
        create("/api/party-honours", Map.of("kind", "ADVANCED_GRASSROOTS_ORGANISATION", "awardedOn", "1999-02-28",
                "title", "先进基层党组织", "organisationId", branch));
        JsonPath after = summary("1999-03-01", "1999-03-31");
        assertEquals(2, after.getInt("activitiesHeld") - before.getInt("activitiesHeld"));
        assertEquals(1, after.getInt("democraticLifeMeetingsHeld") - before.getInt("democraticLifeMeetingsHeld"));
        assertEquals(1, count(after, "activitiesByType", "type", "JOB_FAIR")
                - count(before, "activitiesByType", "type", "JOB_FAIR"));
        assertEquals(1, after.getInt("honoursAwarded") - before.getInt("honoursAwarded"));
        assertEquals(8, after.getList("activitiesByType").size());
    }

    @Test
    void refusesAMissingInvalidOrReversedPeriod() {
        given().auth().oauth2(TestTokens.leader()).get("/api/work-summary")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("from", "to"));
        given().auth().oauth2(TestTokens.leader()).queryParam("from", "2011-13-01").queryParam("to", "2011-06-30")
                .get("/api/work-summary").then().statusCode(400).body("errors.field", contains("from"));
        given().auth().oauth2(TestTokens.leader()).queryParam("from", "2011-07-01").queryParam("to", "2011-06-30")
                .get("/api/work-summary").then().statusCode(400).body("errors[0].message", containsString("after"));
        given().get("/api/work-summary?from=2011-01-01&to=2011-06-30").then().statusCode(401);
    }

    @Test
    void contributesItsSectionToTheWorkSummaryEntity() {
        Fixtures.demo();
        JsonPath rest = summary("2011-01-01", "2011-06-30");
        GraphQL.entities(TestTokens.investment(),
                "... on WorkSummary { from to partyAffairs { membersDeveloped democraticLifeMeetingsHeld "
                + "membersDevelopedByCategory { category count } } }",
                Map.of("__typename", "WorkSummary", "from", "2011-01-01", "to", "2011-06-30"),
                Map.of("__typename", "WorkSummary", "from", "1998-01-01", "to", "1998-01-31"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities[0].from", equalTo("2011-01-01"))
                .body("data._entities[0].to", equalTo("2011-06-30"))
                .body("data._entities[0].partyAffairs.membersDeveloped", equalTo(rest.getInt("membersDeveloped")))
                .body("data._entities[0].partyAffairs.democraticLifeMeetingsHeld",
                        equalTo(rest.getInt("democraticLifeMeetingsHeld")))
                .body("data._entities[0].partyAffairs.membersDevelopedByCategory.category",
                        contains("CADRE", "NON_PUBLIC_ENTERPRISE_EMPLOYEE", "OTHER"))
                .body("data._entities[1].partyAffairs.membersDeveloped", equalTo(0));

        GraphQL.entities(TestTokens.leader(), "... on WorkSummary { partyAffairs { membersDeveloped } }",
                Map.of("__typename", "WorkSummary", "from", "2011-07-01", "to", "2011-06-30"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        GraphQL.post(TestTokens.leader(), "{ _service { sdl } }")
                .statusCode(200)
                .body("data._service.sdl", containsString("type WorkSummary @key(fields : \"from to\")"))
                .body("data._service.sdl", containsString("partyAffairs: PartyAffairsSummary!"))
                .body("data._service.sdl", org.hamcrest.Matchers.not(containsString("workSummary(")));
    }
}
