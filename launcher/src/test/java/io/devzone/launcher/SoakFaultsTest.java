package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class SoakFaultsTest {

    @Test
    void twoMinutesKillOneServiceAndThenAnother() {
        assertSteps(SoakFaults.schedule(Duration.ofMinutes(2)),
                List.of("kill -9 investment-service", "kill -9 land-service"),
                List.of(Duration.ofSeconds(40), Duration.ofSeconds(80)));
    }

    @Test
    void theBoundedRunRestartsPostgreSqlAndThenKillsAService() {
        assertSteps(SoakFaults.bounded(Duration.ofSeconds(90)),
                List.of("PostgreSQL stopped for 10 s", "kill -9 investment-service"),
                List.of(Duration.ofSeconds(30), Duration.ofSeconds(60)));
    }

    @Test
    void fiveMinutesHaveEveryFaultAndLessThanAMinuteNone() {
        assertEquals(5, SoakFaults.schedule(Duration.ofMinutes(5)).size());
        assertEquals(4, SoakFaults.schedule(Duration.ofMinutes(3)).size());
        assertEquals(1, SoakFaults.schedule(Duration.ofMinutes(1)).size());
        assertTrue(SoakFaults.schedule(Duration.ofSeconds(59)).isEmpty());
    }

    @Test
    void withPostgreSqlDownEveryServiceIsAtFaultButNoneIsUnavailable() {
        SoakFaults.Phase database = new SoakFaults.Step(Duration.ZERO, SoakFaults.Kind.POSTGRES, Suite.POSTGRES)
                .phase();
        SoakFaults.Phase killed = new SoakFaults.Step(Duration.ZERO, SoakFaults.Kind.KILL, "land-service").phase();

        assertTrue(database.affects(Set.of("investment-service")));
        assertFalse(database.processDown("land-service"));
        assertTrue(killed.processDown("land-service"));
        assertFalse(killed.affects(Set.of("gateway", "investment-service")));
    }

    @Test
    void postgreSqlStartsAgainWithTheOptionsItRanWith() {
        String opts = "/tmp/embedded-pg/PG-1/bin/postgres \"-D\" \"/data/postgres\" \"-p\" \"15732\" \"-F\" "
                + "\"-c\" \"synchronous_commit=off\" \"-c\" \"timezone=UTC\"";

        assertEquals("-p 15732 -F -c synchronous_commit=off -c timezone=UTC",
                SoakFaults.PostgresControl.options(opts));
    }

    @Test
    void anErrorBelongsToTheSubgraphOfTheLastFieldOnItsPath() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertEquals("land-service", SoakWorkload.owner(json.readTree("[\"investmentProjects\",\"items\",0,"
                + "\"landParcels\"]")));
        assertEquals("party-affairs-service", SoakWorkload.owner(json.readTree("[\"investmentProjects\",\"items\","
                + "3,\"enterprise\",\"partyActivities\"]")));
        assertEquals("investment-service", SoakWorkload.owner(json.readTree("[\"investmentProjects\"]")));
        assertEquals("land-service", SoakWorkload.owner(json.readTree("[\"workSummary\",\"land\"]")));
        assertEquals("investment-service", SoakWorkload.owner(json.readTree("[\"workSummary\"]")));
        assertNull(SoakWorkload.owner(json.readTree("[\"somethingElse\"]")));
    }

    /** The faults, as the log describes them, and when each comes. */
    private static void assertSteps(List<SoakFaults.Step> steps, List<String> described, List<Duration> at) {
        assertEquals(described, steps.stream().map(SoakFaults.Step::describe).toList());
        assertEquals(at, steps.stream().map(SoakFaults.Step::at).toList());
    }
}
