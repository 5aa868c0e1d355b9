package io.devzone.land;

import static io.devzone.land.Fixtures.asLand;
import static io.devzone.land.Fixtures.create;
import static io.devzone.land.Fixtures.createArea;
import static io.devzone.land.Fixtures.createHousehold;
import static io.devzone.land.Fixtures.createParcel;
import static io.devzone.land.Fixtures.createPlot;
import static io.devzone.land.Fixtures.parcel;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.GraphQL;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ResettlementTest {

    @Test
    void twoConcurrentAssignmentsOfOnePlotLetExactlyOneWin() throws Exception {
        String parcel = createParcel(parcel(uniqueCode("PL"), unique("安置"), "50"));
        String area = createArea();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String plot = createPlot(area);
                List<String> households = List.of(createHousehold(parcel), createHousehold(parcel));
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> answers = new ArrayList<>();
                for (String household : households) {
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return asLand().body(Map.of("plotId", plot, "version", 0))
                                .post("/api/relocation-households/" + household + "/plot-assignment")
                                .then().extract().statusCode();
                    }, pool));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (CompletableFuture<Integer> answer : answers) {
                    statuses.add(answer.get(120, TimeUnit.SECONDS));
                }
                statuses.sort(null);
                assertThat("answers to two concurrent assignments of one plot", statuses, contains(200, 409));
                given().auth().oauth2(TestTokens.leader()).queryParam("plotId", plot).get("/api/relocation-households")
                        .then().statusCode(200).body("totalItems", equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource database;

    @Test
    void theDatabaseItselfRefusesASecondHouseholdOnOnePlot() throws Exception {
        String parcel = createParcel(parcel(uniqueCode("PL"), unique("安置"), "50"));
        String plot = createPlot(createArea());
        String first = createHousehold(parcel);
        String second = createHousehold(parcel);
        try (java.sql.Connection c = database.getConnection();
                java.sql.PreparedStatement assign = c.prepareStatement(
                        "update relocation_household set plot_id = ? where id = ?")) {
            assign.setObject(1, java.util.UUID.fromString(plot));
            assign.setObject(2, java.util.UUID.fromString(first));
            assertThat(assign.executeUpdate(), equalTo(1));
            assign.setObject(2, java.util.UUID.fromString(second));
            java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    assign::executeUpdate);
            assertThat(refused.getSQLState(), equalTo("23505")); // unique_violation
        }
    }

    @Test
    void assignsAPlotToOneHouseholdOnly() {
        String parcel = createParcel(parcel(uniqueCode("PL"), unique("安置"), "50"));
        String area = createArea();
        String plot = createPlot(area);
        String free = createPlot(area);
        String first = createHousehold(parcel);
        String second = createHousehold(parcel);
        asLand().body(Map.of("plotId", plot, "version", 0)).post("/api/relocation-households/" + first + "/plot-assignment")
                .then().statusCode(200).body("plotId", equalTo(plot)).body("version", equalTo(1));
        asLand().body(Map.of("plotId", plot, "version", 0)).post("/api/relocation-households/" + second + "/plot-assignment")
                .then().statusCode(409).body("code", equalTo("CONFLICT"))
                .body("detail", org.hamcrest.Matchers.containsString("already assigned"));
        asLand().body(Map.of("plotId", Fixtures.UNKNOWN, "version", 0))
                .post("/api/relocation-households/" + second + "/plot-assignment")
                .then().statusCode(404);

        given().auth().oauth2(TestTokens.investment()).queryParam("areaId", area).queryParam("assigned", true)
                .get("/api/resettlement-plots")
                .then().statusCode(200).body("items.id", contains(plot)).body("items[0].householdId", equalTo(first));
        given().auth().oauth2(TestTokens.investment()).queryParam("areaId", area).queryParam("assigned", false)
                .get("/api/resettlement-plots")
                .then().statusCode(200).body("items.id", contains(free));
        asLand().delete("/api/resettlement-plots/" + plot).then().statusCode(409);
        asLand().delete("/api/resettlement-areas/" + area).then().statusCode(409);

        GraphQL.post(TestTokens.leader(), "query($id: ID!) { relocationHousehold(id: $id) { plot { code area { id } } } }",
                Map.of("id", first))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.relocationHousehold.plot.area.id", equalTo(area));
    }

    @Test
    void keepsAreaNamesAndPlotCodesUnique() {
        String name = unique("陈家湾");
        String area = create("/api/resettlement-areas", Map.of("name", name, "park", "JIANGBEI",
                "description", "配套变压器和供水主管"));
        asLand().body(Map.of("name", name, "park", "ZIWU")).post("/api/resettlement-areas")
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
        String code = uniqueCode("A");
        create("/api/resettlement-plots", Map.of("areaId", area, "code", code, "areaM2", 100));
        asLand().body(Map.of("areaId", area, "code", code.toLowerCase(), "areaM2", 90)).post("/api/resettlement-plots")
                .then().statusCode(409);
        asLand().body(Map.of("areaId", area, "code", "", "areaM2", 0)).post("/api/resettlement-plots")
                .then().statusCode(400).body("errors.field", contains("areaM2", "code"));
        given().auth().oauth2(TestTokens.partyAffairs()).queryParam("name", name).get("/api/resettlement-areas")
                .then().statusCode(200).body("items.id", contains(area));
        GraphQL.post(TestTokens.leader(), "query($name: String) { resettlementAreas(filter: {name: $name}) { totalItems items { name park } } }",
                Map.of("name", name))
                .statusCode(200).body("data.resettlementAreas.items.name", contains(name));
        Map<String, Object> update = new java.util.HashMap<>(Map.of("name", name + " 二期", "park", "JIANGBEI", "version", 0));
        asLand().body(update).put("/api/resettlement-areas/" + area).then().statusCode(200).body("version", equalTo(1));
        asLand().body(update).put("/api/resettlement-areas/" + area).then().statusCode(409);
    }
}
