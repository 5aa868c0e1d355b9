package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.devzone.launcher.SoakVerdict.Outcome;

class SoakVerdictTest {

    private static final SoakLedger.Check LOSSLESS = new SoakLedger.Check(2, 5, 0, 0, 0, 0, List.of());
    private final SoakVerdict verdict = new SoakVerdict();

    @Test
    void failuresWhileTheirServiceIsAtFaultPassAndAreCountedApart() {
        verdict.sent();
        verdict.answered("REST: list page", "steady", Outcome.OK, null, 2_000_000);
        verdict.answered("REST: list page", "fault: kill -9 land-service", Outcome.FAILED_AT_FAULT,
                "connection refused", -1);
        verdict.answered("gateway: work summary", "fault: kill -9 land-service", Outcome.PARTIAL_AT_FAULT,
                "GraphQL SUBGRAPH_UNAVAILABLE", 30_000_000);
        verdict.answered("REST: stale-version update (conflict)", "steady", Outcome.CONFLICT_AS_MEANT, null,
                5_000_000);
        verdict.fault(new SoakVerdict.Fault("kill -9 land-service", 12.3, "pid 1 killed, the launcher started pid 2"));
        verdict.rss("gateway", 200 * 1024);
        verdict.rss("gateway", 150 * 1024);

        String table = verdict.table(LOSSLESS);

        assertTrue(verdict.passed(LOSSLESS), table);
        assertTrue(table.endsWith("PASSED\n"), table);
        assertTrue(table.matches("(?s).*connection refused\\s+1\\s+0\n.*"), table);
        assertTrue(table.matches("(?s).*kill -9 land-service\\s+12\\.3 s .*"), table);
        assertTrue(table.matches("(?s).*gateway\\s+200\n.*"), table);
        assertTrue(table.contains("missing 0, changed 0, duplicated 0"), table);
    }

    @Test
    void aHealthyServicesFailureFailsTheRun() {
        verdict.answered("REST: list page", "steady", Outcome.FAILED, "HTTP 500 INTERNAL_ERROR", 2_000_000);

        assertFalse(verdict.passed(LOSSLESS));
        assertTrue(verdict.table(LOSSLESS).contains("FAILED: 1 requests failed on healthy services"));
    }

    @Test
    void aLostWriteFailsTheRun() {
        SoakLedger.Check lost = new SoakLedger.Check(2, 5, 1, 0, 0, 0, List.of("missing: x"));

        assertFalse(verdict.passed(lost));
        assertTrue(verdict.table(lost).contains("1 writes lost, changed or duplicated"));
    }

    @Test
    void aFaultThatDidNotRecoverFailsTheRun() {
        verdict.fault(new SoakVerdict.Fault("kill -9 investment-service", null, ""));

        assertFalse(verdict.passed(LOSSLESS));
        assertTrue(verdict.table(LOSSLESS).contains("NOT RECOVERED"));
    }

    @Test
    void percentilesAreTheNearestRank() {
        List<Long> sorted = java.util.stream.LongStream.rangeClosed(1, 100).map(n -> n * 1_000_000).boxed().toList();

        org.junit.jupiter.api.Assertions.assertEquals(50.0, SoakVerdict.percentile(sorted, 50));
        org.junit.jupiter.api.Assertions.assertEquals(99.0, SoakVerdict.percentile(sorted, 99));
    }
}
