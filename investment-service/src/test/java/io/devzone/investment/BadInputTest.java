package io.devzone.investment;

import static io.devzone.commons.testing.BadInput.BAD_DATES;
import static io.devzone.commons.testing.BadInput.LONE_SURROGATE;
import static io.devzone.commons.testing.BadInput.NUL;
import static io.devzone.commons.testing.BadInput.with;
import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.createProject;
import static io.devzone.investment.Fixtures.enterprise;
import static io.devzone.investment.Fixtures.project;
import static io.devzone.investment.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.BadInput;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every malformed or hostile input is a clear 4xx with a house code, on REST and GraphQL, and writes nothing; a
 * field another department may not read costs it no record (CONVENTIONS.md, "Errors", "Roles and access").
 */
@QuarkusTest
class BadInputTest {

    private static final String ENTERPRISES = "/api/enterprises";
    private static final String PROJECTS = "/api/investment-projects";
    /** Every list, and whether its records keep a change history. */
    private static final Map<String, Boolean> LISTS = Map.of(ENTERPRISES, false, "/api/enterprise-monthly-figures",
            true, PROJECTS, true, "/api/capital-arrivals", true, "/api/infrastructure-projects", true,
            "/api/financings", true, "/api/scheduling-meetings", false, "/api/meeting-problems", false,
            "/api/targets", true);
    private static final String CREATE_PROJECT = "mutation($input: InvestmentProjectInput!) { "
            + "createInvestmentProject(input: $input) { id } }";

    private static String token() {
        return TestTokens.investment();
    }

    @Test
    void everyListRefusesBadPagingAndEveryRecordABadId() {
        BadInput.listsRefuseBadPagingAndIds(token(), LISTS);
        BadInput.recordRefusesBadIds(token(), PROJECTS, true, "stage-changes");
    }

    @Test
    void listsRefuseBadFilterValues() {
        BadInput.listRefusesBadDates(token(), "/api/capital-arrivals", "arrivedFrom");
        BadInput.listRefusesBadDates(token(), "/api/financings", "arrangedTo");
        BadInput.listRefusesBadDates(token(), "/api/meeting-problems", "overdueOn");
        BadInput.listRefusesBadDates(token(), "/api/work-summary", "from");
        BadInput.listRefusesBadValues(token(), PROJECTS, Map.of("stage", "NOPE", "park", "ATLANTIS",
                "enterpriseId", "xyz", "strategicInvestor", "maybe", "minAgreedInvestmentCny", "lots",
                "maxAgreedInvestmentCny", "1e999999999"));
        BadInput.listRefusesBadValues(token(), "/api/targets", Map.of("year", "twenty"));
        BadInput.listRefusesBadText(token(), ENTERPRISES, "name");
        BadInput.listRefusesBadText(token(), PROJECTS, "liaisonGroup");
    }

    @Test
    void bodiesWithBadFieldsAreRefusedAndWriteNothing() {
        BadInput.postRefused(token(), ENTERPRISES, with(enterprise(unique("坏")), "name", NUL), "name");
        BadInput.postRefused(token(), ENTERPRISES, with(enterprise(unique("坏")), "name", LONE_SURROGATE), "name");
        BadInput.postRefused(token(), ENTERPRISES, with(enterprise(unique("坏")), "park", "ATLANTIS"), "park");
        BadInput.postRefused(token(), ENTERPRISES, with(enterprise(unique("坏")), "aboveDesignatedSize", "often"),
                "aboveDesignatedSize");
        BadInput.postRefused(token(), ENTERPRISES, with(enterprise(unique("坏")), "name", Map.of("zh", "坏")), "name");
        String enterpriseId = createEnterprise(unique("坏输入企业"));
        for (String date : BAD_DATES) {
            BadInput.postRefused(token(), PROJECTS, with(project(unique("坏"), enterpriseId, "1000"), "stageOn", date),
                    "stageOn");
        }
        for (String amount : List.of("12345678901234567", "1.001", "1e999999999")) {
            BadInput.postRefused(token(), PROJECTS,
                    with(project(unique("坏"), enterpriseId, "1"), "agreedInvestmentCny", new java.math.BigDecimal(amount)),
                    "agreedInvestmentCny");
        }
        BadInput.postRefused(token(), PROJECTS, with(project(unique("坏"), enterpriseId, "1"), "agreedInvestmentCny", "much"),
                "agreedInvestmentCny");
        BadInput.postRefused(token(), PROJECTS, with(project(unique("坏"), enterpriseId, "1"), "enterpriseId", "xyz"),
                "enterpriseId");
        BadInput.bodyRefused(token(), "POST", PROJECTS, PROJECTS, "{\"name\": ", "BAD_REQUEST", null);
        String projectId = createProject(enterpriseId, "1000", "LEAD", "2012-01-05");
        BadInput.bodyRefused(token(), "POST", PROJECTS + "/" + projectId + "/stage-changes", PROJECTS,
                Map.of("stage", "INTENT", "on", "2011-02-30", "version", 0), "VALIDATION_FAILED", "on");
    }

    @Test
    void graphQLRefusesBadArgumentsAndWritesNothing() {
        for (String list : List.of("enterprises", "enterpriseMonthlyFigures", "investmentProjects", "capitalArrivals",
                "infrastructureProjects", "financings", "schedulingMeetings", "meetingProblems", "targets")) {
            BadInput.graphQLListRefusesBadPaging(token(), list);
        }
        for (String record : List.of("enterprise", "investmentProject", "capitalArrival", "financing", "target")) {
            BadInput.graphQLRefusesBadId(token(), record);
        }
        BadInput.graphQLListRefusesBadDates(token(), "capitalArrivals", "CapitalArrivalFilter", "arrivedFrom");
        BadInput.graphQLListRefusesBadText(token(), "enterprises", "EnterpriseFilter", "name");
        String enterpriseId = createEnterprise(unique("GraphQL 坏输入企业"));
        for (String date : BAD_DATES) {
            BadInput.graphQLWriteRefused(token(), PROJECTS, CREATE_PROJECT,
                    Map.of("input", with(project(unique("坏"), enterpriseId, "1"), "stageOn", date)),
                    "VALIDATION_FAILED");
        }
        for (String amount : List.of("12345678901234567", "1.001")) {
            BadInput.graphQLWriteRefused(token(), PROJECTS, CREATE_PROJECT, Map.of("input",
                    with(project(unique("坏"), enterpriseId, "1"), "agreedInvestmentCny",
                            new java.math.BigDecimal(amount))),
                    "VALIDATION_FAILED").body("errors[0].message", containsString("agreedInvestmentCny"));
        }
        BadInput.graphQLWriteRefused(token(), PROJECTS, CREATE_PROJECT,
                Map.of("input", with(project(unique("坏"), enterpriseId, "1"), "name", NUL)), "VALIDATION_FAILED")
                .body("errors[0].message", containsString("name"));
        BadInput.graphQLWriteRefused(token(), PROJECTS, CREATE_PROJECT,
                Map.of("input", with(project(unique("坏"), enterpriseId, "1"), "park", "ATLANTIS")),
                "VALIDATION_FAILED");
    }

    @Test
    void aHistoryWithheldCostsNoOtherDepartmentTheRecord() {
        createProject(createEnterprise(unique("历史企业")), "5000", "LEAD", "2012-02-01");
        for (String token : List.of(TestTokens.land(), TestTokens.partyAffairs())) {
            assertTrue(BadInput.withheldFieldCostsNoRecord(token, "investmentProjects", "history { field }", "stage") > 0,
                    "the list answered no project");
            BadInput.withheldFieldCostsNoRecord(token, "capitalArrivals", "history { field }", "origin");
            BadInput.withheldFieldCostsNoRecord(token, "enterpriseMonthlyFigures", "history { field }", "taxPaidCny");
            BadInput.withheldFieldCostsNoRecord(token, "infrastructureProjects", "history { field }", "name");
            BadInput.withheldFieldCostsNoRecord(token, "financings", "history { field }", "kind");
            BadInput.withheldFieldCostsNoRecord(token, "targets", "history { field }", "year");
        }
    }

    /** Over quarkus.http.limits.max-body-size (10 MiB by default): refused before it is read, with the house code. */
    @Test
    void anOversizedBodyIsRefusedWithItsCode() {
        String huge = "{\"name\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        given().auth().oauth2(token()).contentType(ContentType.JSON).body(huge).post(ENTERPRISES)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("REQUEST_TOO_LARGE"))
                .body("instance", equalTo(ENTERPRISES));
        given().auth().oauth2(token()).contentType(ContentType.JSON).body(huge).post("/graphql")
                .then().statusCode(413)
                .body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"));
    }

    /** A problem's instance is the path as sent, still encoded: markup in an id never comes back as markup. */
    @Test
    void markupAsTheIdIsNotEchoed() {
        given().auth().oauth2(token()).get(ENTERPRISES + "/{id}", "<img src=x Hostile7f3c>")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("instance", equalTo(ENTERPRISES + "/%3Cimg%20src%3Dx%20Hostile7f3c%3E"))
                .body(not(containsString("<img")));
    }
}
