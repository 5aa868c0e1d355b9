package io.devzone.land;

import static io.devzone.land.Fixtures.UNKNOWN;
import static io.devzone.land.Fixtures.createArea;
import static io.devzone.land.Fixtures.createHousehold;
import static io.devzone.land.Fixtures.createParcel;
import static io.devzone.land.Fixtures.createParcelAt;
import static io.devzone.land.Fixtures.createParcelPlannedOn;
import static io.devzone.land.Fixtures.createPlot;
import static io.devzone.land.Fixtures.parcel;
import static io.devzone.land.Fixtures.projectId;
import static io.devzone.land.Fixtures.suppliedParcel;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.PipelineMoves;
import io.devzone.commons.testing.TestTokens;
import io.devzone.land.domain.HouseholdStatus;
import io.devzone.land.domain.ParcelStatus;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SubgraphTest {

    /** What the gateway asks of this subgraph's entities, parcels and the projects it adds parcels to. */
    private static final String ENTITIES = "... on LandParcel { id code investmentProject { id } } "
            + "... on InvestmentProject { id landParcels { code investmentProjectId } }";

    @Test
    void publishesAFederationV2Sdl() {
        GraphQL.assertFederatedSdl("type LandParcel @key(fields : \"id\")",
                "type InvestmentProject @key(fields : \"id\")",
                "union _Entity = ",
                "type WorkSummary @key(fields : \"from to\")",
                "type RelocationHousehold @key(fields : \"id\")",
                "type Change @shareable");
    }

    @Test
    void createsReadsUpdatesAndDeletesThroughGraphQL() {
        String code = uniqueCode("JB");
        String name = unique("江北 GraphQL");
        String project = projectId();
        String id = GraphQL.post(TestTokens.land(),
                "mutation($input: LandParcelInput!) { createLandParcel(input: $input) { id status version } }",
                Map.of("input", suppliedParcel(code, name, "66.67", project)))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createLandParcel.status", equalTo("SUPPLIED"))
                .body("data.createLandParcel.version", equalTo(0))
                .extract().path("data.createLandParcel.id");

        GraphQL.post(TestTokens.leader(), "query($id: ID!) { landParcel(id: $id) { code name park areaMu plannedUse "
                + "investmentProjectId investmentProject { id landParcels { id } } audit { createdBy updatedBy } } }",
                Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.landParcel.code", equalTo(code))
                .body("data.landParcel.name", equalTo(name))
                .body("data.landParcel.areaMu", equalTo(66.67f))
                .body("data.landParcel.investmentProjectId", equalTo(project))
                .body("data.landParcel.investmentProject.id", equalTo(project))
                .body("data.landParcel.investmentProject.landParcels.id", contains(id))
                .body("data.landParcel.audit.createdBy", equalTo("li.na"));

        Map<String, Object> change = suppliedParcel(code, name + " 改", "70", project);
        change.put("plannedUse", "LOGISTICS");
        change.put("version", 0);
        GraphQL.post(TestTokens.land(), "mutation($id: ID!, $input: LandParcelInput!) { "
                + "updateLandParcel(id: $id, input: $input) { name plannedUse version audit { updatedBy } } }",
                Map.of("id", id, "input", change))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.updateLandParcel.name", equalTo(name + " 改"))
                .body("data.updateLandParcel.plannedUse", equalTo("LOGISTICS"))
                .body("data.updateLandParcel.version", equalTo(1))
                .body("data.updateLandParcel.audit.updatedBy", equalTo("li.na"));

        GraphQL.post(TestTokens.land(), "mutation($id: ID!) { deleteLandParcel(id: $id) }", Map.of("id", id))
                .statusCode(200).body("errors", nullValue()).body("data.deleteLandParcel", equalTo(id));
        GraphQL.refused("landParcel", "NOT_FOUND", TestTokens.land(),
                "query($id: ID!) { landParcel(id: $id) { code } }", Map.of("id", id));
    }

    @Test
    void answersErrorsWithCodes() {
        GraphQL.refused("landParcel", "NOT_FOUND", TestTokens.leader(),
                "query($id: ID!) { landParcel(id: $id) { code } }", Map.of("id", UNKNOWN));
        GraphQL.refused("landParcel", "VALIDATION_FAILED", TestTokens.leader(),
                "{ landParcel(id: \"JB-2011-001\") { code } }")
                .body("errors[0].message", containsString("UUID"))
                .body("errors[0].message", not(containsString("JB-2011-001")));
        GraphQL.refused("createLandParcel", "VALIDATION_FAILED", TestTokens.land(),
                "mutation($input: LandParcelInput!) { createLandParcel(input: $input) { id } }",
                Map.of("input", parcel("", "x", "1")))
                .body("errors[0].message", containsString("code"));
        Map<String, Object> unsupplied = parcel(uniqueCode("JB"), "x", "1");
        unsupplied.put("status", "SUPPLIED");
        GraphQL.refused("createLandParcel", "VALIDATION_FAILED", TestTokens.land(),
                "mutation($input: LandParcelInput!) { createLandParcel(input: $input) { id } }",
                Map.of("input", unsupplied))
                .body("errors[0].message", containsString("investmentProjectId"));
        GraphQL.refused("landParcels", "VALIDATION_FAILED", TestTokens.leader(),
                "{ landParcels(sort: \"secret\") { totalItems } }");

        String code = uniqueCode("JB");
        String id = createParcel(parcel(code, unique("jump"), "5"));
        Map<String, Object> jump = parcel(code, "jump", "5");
        jump.put("status", "ACQUIRED");
        jump.put("version", 0);
        GraphQL.refused("updateLandParcel", "CONFLICT", TestTokens.land(),
                "mutation($id: ID!, $input: LandParcelInput!) { "
                + "updateLandParcel(id: $id, input: $input) { status } }", Map.of("id", id, "input", jump))
                .body("errors[0].message", containsString("changeLandParcelStatus"))
                .body("errors[0].message", containsString("ACQUIRING"));
    }

    @Test
    void changesParcelStatusesThroughGraphQL() {
        String id = createParcelAt("LEVELLED", "2011-04-01", unique("江北 GraphQL 状态"), "35");
        String mutation = "mutation($id: ID!, $input: ParcelStatusChangeInput!) { changeLandParcelStatus(id: $id,"
                + " input: $input) { id status version investmentProjectId statusChanges { from to on } } }";

        GraphQL.refused("changeLandParcelStatus", "VALIDATION_FAILED", TestTokens.land(), mutation,
                Map.of("id", id, "input", Map.of("status", "SUPPLIED", "on", "2011-06-30", "version", 0)))
                .body("errors[0].message", containsString("investmentProjectId"));
        GraphQL.refused("changeLandParcelStatus", "CONFLICT", TestTokens.land(), mutation,
                Map.of("id", id, "input", Map.of("status", "ACQUIRED", "on", "2011-06-30", "version", 0)))
                .body("errors[0].message", containsString("SUPPLIED"));

        String project = projectId();
        GraphQL.post(TestTokens.land(), mutation, Map.of("id", id, "input",
                Map.of("status", "SUPPLIED", "on", "2011-06-30", "version", 0, "investmentProjectId", project)))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.changeLandParcelStatus.id", equalTo(id))
                .body("data.changeLandParcelStatus.status", equalTo("SUPPLIED"))
                .body("data.changeLandParcelStatus.version", equalTo(1))
                .body("data.changeLandParcelStatus.investmentProjectId", equalTo(project))
                .body("data.changeLandParcelStatus.statusChanges.to", contains("LEVELLED", "SUPPLIED"))
                .body("data.changeLandParcelStatus.statusChanges.on", contains("2011-04-01", "2011-06-30"));

        GraphQL.post(TestTokens.land(), mutation,
                Map.of("id", id, "input", Map.of("status", "SUPPLIED", "on", "2011-07-01", "version", 0)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("version 0"));
        GraphQL.post(TestTokens.leader(), mutation,
                Map.of("id", id, "input", Map.of("status", "SUPPLIED", "on", "2011-07-01", "version", 1)))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(TestTokens.leader(), "query($id: ID!) { landParcel(id: $id) { status version history { field newValue } } }",
                Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.landParcel.status", equalTo("SUPPLIED"))
                .body("data.landParcel.version", equalTo(1))
                .body("data.landParcel.history.findAll { it.field == 'status' }.newValue", contains("LEVELLED", "SUPPLIED"));
    }

    @Test
    void listsTheParcelMovesItAcceptsFromStartToEnd() {
        String project = projectId();
        PipelineMoves statuses = new PipelineMoves(TestTokens.land(), "landParcel",
                "changeLandParcelStatus(id: $id, input: $input)", "ParcelStatusChangeInput", ParcelStatus.class,
                status -> status.equals("SUPPLIED")
                        ? Map.of("status", status, "on", "2009-02-01", "investmentProjectId", project)
                        : Map.of("status", status, "on", "2009-02-01"));
        // planned outside the demo half-year, which the work summary tests count
        String id = createParcelPlannedOn("2009-01-10", unique("江北 待办"), "12");

        statuses.walk(id, "ACQUIRING", "ACQUIRED", "LEVELLED", "SUPPLIED");
        statuses.assertEnded(id, "/api/land-parcels/" + id, "status", "SUPPLIED");
    }

    @Test
    void listsTheHouseholdMovesItAcceptsFromStartToEnd() {
        PipelineMoves statuses = new PipelineMoves(TestTokens.land(), "relocationHousehold",
                "changeRelocationHouseholdStatus(id: $id, change: $input)", "HouseholdStatusChange",
                HouseholdStatus.class, status -> Map.of("status", status, "on", "2009-02-01"));
        // moved outside the demo half-year, which the work summary tests count
        String id = createHousehold(createParcel(parcel(uniqueCode("JB"), unique("江北 拆迁"), "8")));

        statuses.walk(id, "NEGOTIATING", "CONTRACT_SIGNED", "DEMOLISHED");
        // RESETTLED is the next move; it is made on the household's plot
        GraphQL.post(TestTokens.land(), "mutation($id: ID!, $plot: ID!) { assignResettlementPlot(id: $id,"
                + " assignment: { plotId: $plot, version: 3 }) { version } }",
                Map.of("id", id, "plot", createPlot(createArea())))
                .statusCode(200).body("errors", nullValue());
        statuses.walk(id, "RESETTLED");
        statuses.assertEnded(id, "/api/relocation-households/" + id, "status", "RESETTLED");
    }

    @Test
    void listsWithFilterAndPaging() {
        String tag = unique("GraphQL list");
        createParcel(parcel(uniqueCode("GL"), tag + " 1", "1"));
        createParcel(parcel(uniqueCode("GL"), tag + " 2", "2"));
        GraphQL.post(TestTokens.investment(), "query($name: String) { landParcels(filter: {name: $name, "
                + "park: JIANGBEI, status: PLANNED}, size: 1, sort: \"-areaMu\") { totalItems totalPages items { name } } }",
                Map.of("name", tag))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.landParcels.totalItems", equalTo(2))
                .body("data.landParcels.totalPages", equalTo(2))
                .body("data.landParcels.items.name", contains(tag + " 2"));
    }

    @Test
    void resolvesLandParcelEntitiesInOrder() {
        String first = createParcel(parcel(uniqueCode("EN"), unique("first"), "1"));
        String project = projectId();
        String second = createParcel(suppliedParcel(uniqueCode("EN"), unique("second"), "2", project));
        GraphQL.entities(TestTokens.leader(), ENTITIES,
                GraphQL.entity("LandParcel", second),
                GraphQL.entity("LandParcel", UNKNOWN),
                GraphQL.entity("LandParcel", first))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities", hasSize(3))
                .body("data._entities[0].id", equalTo(second))
                .body("data._entities[0].investmentProject.id", equalTo(project))
                .body("data._entities[1]", nullValue())
                .body("data._entities[2].id", equalTo(first))
                .body("data._entities[2].investmentProject", nullValue());
    }

    @Test
    void contributesEachProjectsParcelsWithOneQuery() {
        String projectA = projectId();
        String projectB = projectId();
        String withoutLand = projectId();
        String a2 = uniqueCode("A2");
        String a1 = uniqueCode("A1");
        String b1 = uniqueCode("B1");
        createParcel(suppliedParcel(a2, unique("A"), "10", projectA));
        createParcel(suppliedParcel(b1, unique("B"), "20", projectB));
        createParcel(suppliedParcel(a1, unique("A"), "30", projectA));
        createParcel(parcel(uniqueCode("XX"), unique("unsupplied"), "40"));

        double before = preparedStatements();
        GraphQL.entities(TestTokens.investment(), ENTITIES,
                GraphQL.entity("InvestmentProject", projectB),
                GraphQL.entity("InvestmentProject", withoutLand),
                GraphQL.entity("InvestmentProject", projectA))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data._entities[0].id", equalTo(projectB))
                .body("data._entities[0].landParcels.code", contains(b1))
                .body("data._entities[1].id", equalTo(withoutLand))
                .body("data._entities[1].landParcels", empty())
                .body("data._entities[2].id", equalTo(projectA))
                .body("data._entities[2].landParcels.code", contains(a1, a2))
                .body("data._entities[2].landParcels.investmentProjectId", contains(projectA, projectA));
        assertThat("statements run to resolve three projects' parcels", preparedStatements() - before, equalTo(1.0));
    }

    /** JDBC statements Hibernate has prepared so far, from the Prometheus metrics (enabled in the test profile). */
    private static double preparedStatements() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("hibernate_statements_total{") && line.contains("status=\"prepared\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .reduce((a, b) -> {
                    throw new IllegalStateException("more than one persistence unit in the metrics");
                })
                .orElseThrow(() -> new IllegalStateException("no hibernate_statements_total in /q/metrics"));
    }
}
