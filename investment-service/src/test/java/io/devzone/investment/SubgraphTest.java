package io.devzone.investment;

import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.createProject;
import static io.devzone.investment.Fixtures.enterprise;
import static io.devzone.investment.Fixtures.project;
import static io.devzone.investment.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SubgraphTest {

    private static final String UNKNOWN = "0196b7a4-0000-7000-8000-000000000000";

    @Test
    void publishesAFederationV2Sdl() {
        GraphQL.assertFederatedSdl("type Enterprise @key(fields : \"id\")",
                "type InvestmentProject @key(fields : \"id\")",
                "type WorkSummary @key(fields : \"from to\")",
                "type Change @shareable",
                "type InfrastructureProject @key(fields : \"id\")");
    }

    @Test
    void resolvesAWorkSummaryByItsPeriod() {
        GraphQL.entities(TestTokens.leader(), "... on WorkSummary { from to investment { landedProjects } }",
                Map.of("__typename", "WorkSummary", "from", "2031-01-01", "to", "2031-06-30"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities[0].from", equalTo("2031-01-01"))
                .body("data._entities[0].investment.landedProjects", equalTo(0));
    }

    @Test
    void createsAndReadsThroughGraphQL() {
        String enterpriseId = createEnterprise(unique("兴盛集团"));
        String name = unique("兴盛 new plant");
        Map<String, Object> input = project(name, enterpriseId, "128500000.50");
        input.put("stage", "SIGNED");
        String id = GraphQL.post(TestTokens.investment(),
                "mutation($input: InvestmentProjectInput!) { createInvestmentProject(input: $input) { id stage } }",
                Map.of("input", input))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createInvestmentProject.stage", equalTo("SIGNED"))
                .extract().path("data.createInvestmentProject.id");

        GraphQL.post(TestTokens.leader(), "query($id: ID!) { investmentProject(id: $id) { name agreedInvestmentCny "
                + "enterprise { id investmentProjects { id } } audit { createdBy } } }", Map.of("id", id))
                .statusCode(200)
                .body("data.investmentProject.name", equalTo(name))
                .body("data.investmentProject.agreedInvestmentCny", equalTo(128500000.50f))
                .body("data.investmentProject.enterprise.id", equalTo(enterpriseId))
                .body("data.investmentProject.enterprise.investmentProjects.id", contains(id))
                .body("data.investmentProject.audit.createdBy", equalTo("zhang.wei"));
    }

    @Test
    void answersErrorsWithCodes() {
        GraphQL.refused("enterprise", "NOT_FOUND", TestTokens.leader(),
                "query($id: ID!) { enterprise(id: $id) { name } }", Map.of("id", UNKNOWN));
        GraphQL.refused("createEnterprise", "VALIDATION_FAILED", TestTokens.investment(),
                "mutation($input: EnterpriseInput!) { createEnterprise(input: $input) { id } }",
                Map.of("input", enterprise("")))
                .body("errors[0].message", containsString("name"));
        GraphQL.refused("investmentProjects", "VALIDATION_FAILED", TestTokens.leader(),
                "{ investmentProjects(sort: \"secret\") { totalItems } }");
    }

    @Test
    void listsWithFilterAndPaging() {
        String enterpriseId = createEnterprise(unique("郴丰鞋业"));
        String tag = unique("GraphQL list");
        createProject(project(tag + " 1", enterpriseId, "1"));
        createProject(project(tag + " 2", enterpriseId, "2"));
        GraphQL.post(TestTokens.land(), "query($name: String) { investmentProjects(filter: {name: $name}, size: 1, "
                + "sort: \"-agreedInvestmentCny\") { totalItems totalPages items { name } } }", Map.of("name", tag))
                .statusCode(200)
                .body("data.investmentProjects.totalItems", equalTo(2))
                .body("data.investmentProjects.totalPages", equalTo(2))
                .body("data.investmentProjects.items.name", contains(tag + " 2"));
    }

    @Test
    void resolvesEntitiesInOrder() {
        String first = createEnterprise(unique("东江机械厂"));
        String second = createEnterprise(unique("创兴人造板"));
        String project = createProject(project(unique("华康新材料"), second, "7"));
        GraphQL.entities(TestTokens.leader(),
                "... on Enterprise { id name } ... on InvestmentProject { id enterprise { id } }",
                GraphQL.entity("Enterprise", second),
                GraphQL.entity("Enterprise", UNKNOWN),
                GraphQL.entity("InvestmentProject", project),
                GraphQL.entity("Enterprise", first))
                .statusCode(200)
                .body("data._entities[0].id", equalTo(second))
                .body("data._entities[1]", nullValue())
                .body("data._entities[2].id", equalTo(project))
                .body("data._entities[2].enterprise.id", equalTo(second))
                .body("data._entities[3].id", equalTo(first));
    }
}
