package io.devzone.system;

import static io.devzone.system.Api.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.devzone.launcher.Soak;
import io.devzone.launcher.Suite;

/**
 * The bounded soak ({@code ./devzone soak}'s code, {@link Soak#bounded}) on the suite every system test shares:
 * a mixed workload while PostgreSQL is restarted and investment-service is killed with {@code kill -9} (and started
 * again by this JVM, as {@code ./devzone up} would), then every acknowledged write read back. The soak ends only
 * once each fault has recovered, and this test then holds the suite whole, so the tests after it run on a healthy
 * suite; its records carry their own tag and today's dates, which no other test counts.
 */
@ExtendWith(RunningSuite.class)
class SoakIT {

    private static final String JOINED = """
            query {
              investmentProjects(size: 5) {
                items { name landParcels { code } enterprise { name partyActivities { title } } }
              }
            }""";

    @Test
    void aKilledServiceAndARestartedDatabaseLoseNoAcknowledgedWriteAndFailNoHealthyRequest() {
        Soak.Result result = Soak.bounded(RunningSuite.suite(), System.out);

        String table = "\n" + result.table();
        assertAll(
                () -> assertEquals(List.of("PostgreSQL stopped for 10 s", "kill -9 investment-service"),
                        result.faults(), "faults injected" + table),
                () -> assertEquals(List.of(), result.unrecovered(), "faults not recovered" + table),
                () -> assertEquals(0, result.failedOnHealthy(), "requests failed on a healthy service" + table),
                () -> assertEquals(0, result.wrongPartials(), "partial answers not SUBGRAPH_UNAVAILABLE at the"
                        + " faulted subgraph's fields" + table),
                () -> assertTrue(result.writes() > 0, "acknowledged writes" + table),
                () -> assertEquals(0, result.missing(), "acknowledged writes missing" + table),
                () -> assertEquals(0, result.changed(), "acknowledged writes changed" + table),
                () -> assertEquals(0, result.duplicated(), "records duplicated" + table),
                () -> assertTrue(result.passed(), "the soak's verdict" + table));
        theSuiteIsWhole();
    }

    /** Every component runs and is ready again, and a query across all three subgraphs answers whole. */
    private static void theSuiteIsWhole() {
        Suite suite = RunningSuite.suite();
        for (String component : suite.config().components()) {
            assertTrue(suite.isRunning(component), component + " runs after the soak");
            if (!component.equals(Suite.POSTGRES)) {
                given().get(suite.config().readinessUrl(component)).then().statusCode(200);
            }
        }
        Api.to(GATEWAY, Keycloak.leader()).body(Map.of("query", JOINED)).post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.investmentProjects.items", not(empty()));
    }
}
