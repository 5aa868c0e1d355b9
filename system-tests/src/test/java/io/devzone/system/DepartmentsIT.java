package io.devzone.system;

import static io.devzone.system.Api.INVESTMENT;
import static io.devzone.system.Api.LAND;
import static io.devzone.system.Api.PARTY_AFFAIRS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each department works in its own service with its real Keycloak login, and only there. */
@ExtendWith(RunningSuite.class)
class DepartmentsIT {

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> enterprise() {
        return new HashMap<>(Map.of("name", unique("展泰有色"), "park", "JIANGBEI",
                "industryChain", "NON_FERROUS_DEEP_PROCESSING", "aboveDesignatedSize", true));
    }

    private static Map<String, Object> parcel() {
        return new HashMap<>(Map.of("code", unique("JB").replace(' ', '-'), "name", "环城北路 north side",
                "park", "JIANGBEI", "areaMu", 221, "plannedUse", "ROAD"));
    }

    private static Map<String, Object> activity() {
        return new HashMap<>(Map.of("type", "PARTY_LECTURE", "heldOn", "2011-06-28", "title", unique("建党90周年党课"),
                "organiser", "区党委", "participantsCount", 60, "enterpriseIds", List.of()));
    }

    @Test
    void investmentCreatesAProjectOverRestAndReadsItBackOverGraphQL() {
        String token = Keycloak.investment();
        String enterpriseId = Api.to(INVESTMENT, token).body(enterprise()).post("/api/enterprises")
                .then().statusCode(201).extract().path("id");
        String name = unique("鸿通仓储物流");
        String projectId = Api.to(INVESTMENT, token)
                .body(Map.of("name", name, "enterpriseId", enterpriseId, "industryChain", "LOGISTICS",
                        "park", "ZIWU", "agreedInvestmentCny", 150000000, "strategicInvestor", false))
                .post("/api/investment-projects")
                .then().statusCode(201).body("audit.createdBy", equalTo("zhang.wei")).extract().path("id");

        Api.graphql(INVESTMENT, token, "query($id: ID!) { investmentProject(id: $id) { name stage enterprise { id } } }",
                Map.of("id", projectId))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.investmentProject.name", equalTo(name))
                .body("data.investmentProject.stage", equalTo("LEAD"))
                .body("data.investmentProject.enterprise.id", equalTo(enterpriseId));

        Api.to(INVESTMENT, token).delete("/api/investment-projects/" + projectId).then().statusCode(204);
        Api.to(INVESTMENT, token).delete("/api/enterprises/" + enterpriseId).then().statusCode(204);
    }

    @Test
    void landRecordsItsParcels() {
        String token = Keycloak.land();
        Map<String, Object> parcel = parcel();
        String id = Api.to(LAND, token).body(parcel).post("/api/land-parcels")
                .then().statusCode(201).body("audit.createdBy", equalTo("li.na")).extract().path("id");
        parcel.put("name", "环城北路 二期");
        parcel.put("version", 0);
        Api.to(LAND, token).body(parcel).put("/api/land-parcels/" + id)
                .then().statusCode(200).body("name", equalTo("环城北路 二期")).body("audit.updatedBy", equalTo("li.na"));
        Api.to(LAND, token).get("/api/land-parcels/" + id).then().statusCode(200).body("version", equalTo(1));
        Api.to(LAND, token).delete("/api/land-parcels/" + id).then().statusCode(204);
    }

    @Test
    void partyAffairsRecordsItsActivities() {
        String token = Keycloak.partyAffairs();
        String id = Api.to(PARTY_AFFAIRS, token).body(activity()).post("/api/party-activities")
                .then().statusCode(201).body("audit.createdBy", equalTo("wang.fang")).extract().path("id");
        Api.graphql(PARTY_AFFAIRS, token, "query($id: ID!) { partyActivity(id: $id) { type participantsCount } }",
                Map.of("id", id))
                .statusCode(200)
                .body("data.partyActivity.participantsCount", equalTo(60));
        Api.to(PARTY_AFFAIRS, token).delete("/api/party-activities/" + id).then().statusCode(204);
    }

    @Test
    void noDepartmentWritesAnothersService() {
        Api.to(INVESTMENT, Keycloak.land()).body(enterprise()).post("/api/enterprises")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.to(LAND, Keycloak.partyAffairs()).body(parcel()).post("/api/land-parcels")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.to(PARTY_AFFAIRS, Keycloak.investment()).body(activity()).post("/api/party-activities")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.graphql(INVESTMENT, Keycloak.land(),
                "mutation($input: EnterpriseInput!) { createEnterprise(input: $input) { id } }",
                Map.of("input", enterprise()))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void leadersReadEveryServiceAndWriteNone() {
        String token = Keycloak.leader();
        Api.to(INVESTMENT, token).get("/api/investment-projects").then().statusCode(200);
        Api.to(LAND, token).get("/api/land-parcels").then().statusCode(200);
        Api.to(PARTY_AFFAIRS, token).get("/api/party-activities").then().statusCode(200);
        Api.graphql(LAND, token, "{ landParcels { totalItems } }", Map.of())
                .statusCode(200).body("errors", nullValue());

        Api.to(INVESTMENT, token).body(enterprise()).post("/api/enterprises").then().statusCode(403);
        Api.to(LAND, token).body(parcel()).post("/api/land-parcels").then().statusCode(403);
        Api.to(PARTY_AFFAIRS, token).body(activity()).post("/api/party-activities").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreRefusedEverywhere() {
        Map<String, String> lists = Map.of(INVESTMENT, "/api/investment-projects", LAND, "/api/land-parcels",
                PARTY_AFFAIRS, "/api/party-activities");
        lists.forEach((module, path) -> {
            Api.to(module, null).get(path).then().statusCode(401);
            Api.graphql(module, null, "{ _service { sdl } }", Map.of()).statusCode(401);
        });
    }
}
