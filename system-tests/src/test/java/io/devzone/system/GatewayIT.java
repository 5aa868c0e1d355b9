package io.devzone.system;

import static io.devzone.system.Api.GATEWAY;
import static io.devzone.system.Api.INVESTMENT;
import static io.devzone.system.Api.LAND;
import static io.devzone.system.Api.PARTY_AFFAIRS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * The gateway in front of the real suite: one query joins the three departments, the caller's token reaches each
 * service, entity fetches are batched, and a department that is down costs only its own fields.
 */
@ExtendWith(RunningSuite.class)
class GatewayIT {

    private static final String JOINED = """
            query($name: String) {
              investmentProjects(filter: {name: $name}, size: 100) {
                totalItems
                items { name landParcels { code } enterprise { name partyActivities { title } } }
              }
            }""";

    private static String tag;
    private static String enterpriseId;
    private static String projectId;
    private static String parcelCode;
    private static String activityTitle;

    /** One enterprise with 100 projects; one project has a parcel, the enterprise a Party activity. */
    @BeforeAll
    static void demoData() {
        tag = "网关" + UUID.randomUUID().toString().substring(0, 8);
        String investment = Keycloak.investment();
        enterpriseId = Api.graphql(GATEWAY, investment, """
                mutation($input: EnterpriseInput!) { createEnterprise(input: $input) { id audit { createdBy } } }""",
                Map.of("input", Map.of("name", tag + " 有色", "park", "JIANGBEI",
                        "industryChain", "NON_FERROUS_DEEP_PROCESSING", "aboveDesignatedSize", true)))
                .statusCode(200).body("errors", nullValue())
                // the caller's token reached the service: the record is zhang.wei's, not the gateway's
                .body("data.createEnterprise.audit.createdBy", equalTo("zhang.wei"))
                .extract().path("data.createEnterprise.id");
        for (int i = 0; i < 100; i++) {
            String id = Api.to(INVESTMENT, investment).body(Map.of("name", tag + " 项目 " + i, "enterpriseId", enterpriseId,
                    "industryChain", "LOGISTICS", "park", "ZIWU", "agreedInvestmentCny", "1000000.00",
                    "strategicInvestor", false)).post("/api/investment-projects").then().statusCode(201)
                    .extract().path("id");
            if (i == 0) {
                projectId = id;
            }
        }
        String land = Keycloak.land();
        parcelCode = ("GW-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
        Map<String, Object> parcel = new HashMap<>(Map.of("code", parcelCode, "name", "环城北路", "park", "JIANGBEI",
                "areaMu", 12.5, "plannedUse", "INDUSTRIAL", "statusOn", "2011-05-01"));
        String parcelId = Api.to(LAND, land).body(parcel).post("/api/land-parcels").then().statusCode(201)
                .extract().path("id");
        int version = 0;
        for (String status : List.of("ACQUIRING", "ACQUIRED", "LEVELLED", "SUPPLIED")) {
            Map<String, Object> change = new HashMap<>(Map.of("status", status, "on", "2011-06-01", "version",
                    version++));
            if (status.equals("SUPPLIED")) {
                change.put("investmentProjectId", projectId);
            }
            Api.to(LAND, land).body(change).post("/api/land-parcels/" + parcelId + "/status-changes").then()
                    .statusCode(200);
        }
        activityTitle = tag + " 党课";
        Api.to(PARTY_AFFAIRS, Keycloak.partyAffairs()).body(Map.of("type", "PARTY_LECTURE", "heldOn", "2011-06-28",
                "title", activityTitle, "organiser", "区党委", "participantsCount", 60,
                "enterpriseIds", List.of(enterpriseId))).post("/api/party-activities").then().statusCode(201);
    }

    @Test
    void aLeaderSeesProjectsWithParcelsAndTheirEnterprisesPartyActivities() {
        Api.graphql(GATEWAY, Keycloak.leader(), """
                query($id: ID!) {
                  investmentProject(id: $id) {
                    name
                    landParcels { code areaMu }
                    enterprise { name partyActivities { title } }
                  }
                }""", Map.of("id", projectId))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.investmentProject.name", equalTo(tag + " 项目 0"))
                .body("data.investmentProject.landParcels.code", contains(parcelCode))
                .body("data.investmentProject.enterprise.name", equalTo(tag + " 有色"))
                .body("data.investmentProject.enterprise.partyActivities.title", contains(activityTitle));
    }

    @Test
    void withoutATokenTheAnswerIs401WithAGraphQLError() {
        given().baseUri(RunningSuite.service(GATEWAY).toString()).contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }")).post("/graphql")
                .then().statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().baseUri(RunningSuite.service(GATEWAY).toString()).contentType(ContentType.JSON)
                .auth().oauth2("not-a-token").body(Map.of("query", "{ __typename }")).post("/graphql")
                .then().statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aBodyThatIsNotJsonGetsAGraphQLErrorNotAnEmpty400() {
        given().baseUri(RunningSuite.service(GATEWAY).toString()).contentType(ContentType.JSON)
                .auth().oauth2(Keycloak.leader()).body("{\"query\": \"{ a\nb }").post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("not a GraphQL request in JSON"));
    }

    @Test
    void listingAHundredProjectsCostsOneRequestPerSubgraph() {
        Map<String, Double> before = Metrics.subgraphRequests();

        Api.graphql(GATEWAY, Keycloak.leader(), JOINED, Map.of("name", tag))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.investmentProjects.totalItems", equalTo(100))
                .body("data.investmentProjects.items", hasSize(100))
                .body("data.investmentProjects.items.enterprise.partyActivities.title.flatten()",
                        everyItem(equalTo(activityTitle)));

        Map<String, Double> after = Metrics.subgraphRequests();
        assertEquals(Map.of("investment", 1.0, "land", 1.0, "party-affairs", 1.0), Metrics.difference(before, after),
                () -> "subgraph requests before " + before + ", after " + after);
    }

    @Test
    void aDepartmentThatIsDownCostsOnlyItsOwnFields() {
        RunningSuite.suite().stopService(LAND);
        try {
            Api.graphql(GATEWAY, Keycloak.leader(), JOINED, Map.of("name", tag))
                    .statusCode(200)
                    .body("data.investmentProjects.items", hasSize(100))
                    .body("data.investmentProjects.items[0].enterprise.partyActivities.title", contains(activityTitle))
                    .body("errors", hasSize(100))
                    .body("errors.extensions.code", everyItem(equalTo("SUBGRAPH_UNAVAILABLE")))
                    .body("errors[0].path", contains("investmentProjects", "items", 0, "landParcels"))
                    .body("errors[0].message", containsString("land"))
                    .body("errors[0].message", org.hamcrest.Matchers.not(containsString("localhost")));
        } finally {
            RunningSuite.suite().startService(LAND);
        }
        // Once land-service is back (and its circuit half-opens), the same query is whole again.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Object errors = Api.graphql(GATEWAY, Keycloak.leader(), JOINED, Map.of("name", tag)).extract().path("errors");
            if (errors == null || Instant.now().isAfter(deadline)) {
                assertNull(errors, "the gateway recovers when land-service is back");
                break;
            }
            sleep();
        }
    }

    @Test
    void theComposedSchemaIsServedAsSdl() {
        given().baseUri(RunningSuite.service(GATEWAY).toString()).auth().oauth2(Keycloak.leader())
                .get("/graphql/schema.graphql")
                .then().statusCode(200)
                .body(containsString("landParcels: [LandParcel"))
                .body(containsString("partyActivities: [PartyActivity"))
                .body(org.hamcrest.Matchers.not(containsString("_entities")))
                // each service's input limits, carried by the gateway from the subgraphs' SDL, and no other directive
                .body(containsString("directive @constraint("))
                .body(containsString("year: Int! @constraint(max : 2100) @constraint(min : 2000)"))
                .body(containsString("headName: String! @constraint(maxLength : 50)"))
                .body(containsString("identityNumber: String @constraint(pattern : \"\\\\d{17}[\\\\dX]\")"))
                .body(org.hamcrest.Matchers.not(containsString("@key")));
        given().baseUri(RunningSuite.service(GATEWAY).toString()).get("/q/health/ready")
                .then().statusCode(200).body("checks.find { it.name == 'supergraph' }.data.composedAt", notNullValue());
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
