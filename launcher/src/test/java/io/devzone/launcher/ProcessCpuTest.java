package io.devzone.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessCpuTest {

    @TempDir
    Path runDir;

    @Test
    void dividesEachComponentsCpuBetweenTwoSnapshotsByTheRequests() {
        ProcessCpu.Snapshot before = new ProcessCpu.Snapshot(Map.of(
                "gateway", new ProcessCpu.Sample(10, Duration.ofMillis(1_000)),
                "land-service", new ProcessCpu.Sample(11, Duration.ofMillis(500))));
        ProcessCpu.Snapshot after = new ProcessCpu.Snapshot(Map.of(
                "gateway", new ProcessCpu.Sample(10, Duration.ofMillis(1_400)),
                "land-service", new ProcessCpu.Sample(11, Duration.ofMillis(550))));

        Map<String, Double> perRequest = after.msPerRequestSince(before, 200);

        assertEquals(Map.of("gateway", 2.0, "land-service", 0.25), perRequest);
    }

    @Test
    void aComponentStartedOrRestartedDuringTheRunIsLeftOut() {
        ProcessCpu.Snapshot before = new ProcessCpu.Snapshot(Map.of(
                "gateway", new ProcessCpu.Sample(10, Duration.ofMillis(1_000))));
        ProcessCpu.Snapshot after = new ProcessCpu.Snapshot(Map.of(
                "gateway", new ProcessCpu.Sample(20, Duration.ofMillis(100)),
                "land-service", new ProcessCpu.Sample(11, Duration.ofMillis(550))));

        assertTrue(after.msPerRequestSince(before, 100).isEmpty());
    }

    @Test
    void noRequestsGiveNoFigures() {
        ProcessCpu.Snapshot snapshot = new ProcessCpu.Snapshot(Map.of(
                "gateway", new ProcessCpu.Sample(10, Duration.ofMillis(1_000))));

        assertTrue(snapshot.msPerRequestSince(snapshot, 0).isEmpty());
    }

    @Test
    void measuresRunningComponentsInOrderAndLeavesOutThoseWithoutAProcess() {
        PidFiles pidFiles = new PidFiles(runDir);
        pidFiles.write("party-affairs-service", ProcessHandle.current());
        pidFiles.write("gateway", ProcessHandle.current());
        ProcessCpu cpu = new ProcessCpu(pidFiles::alive, List.of("investment-service", "party-affairs-service", "gateway"));

        ProcessCpu.Snapshot before = cpu.snapshot();
        burnCpu();
        Map<String, Double> perRequest = cpu.snapshot().msPerRequestSince(before, 10);

        assertEquals(List.of("party-affairs-service", "gateway"), List.copyOf(perRequest.keySet()));
        perRequest.values().forEach(ms -> assertTrue(ms >= 0, () -> "negative CPU time: " + perRequest));
    }

    @Test
    void noLocalProcessesGiveNoFigures() {
        ProcessCpu cpu = new ProcessCpu(new PidFiles(runDir)::alive, List.of("investment-service", "gateway"));

        assertTrue(cpu.snapshot().samples().isEmpty());
        assertTrue(cpu.snapshot().msPerRequestSince(cpu.snapshot(), 10).isEmpty());
    }

    private static void burnCpu() {
        long end = System.nanoTime() + Duration.ofMillis(50).toNanos();
        double x = 0;
        while (System.nanoTime() < end) {
            x += Math.sqrt(x + 1);
        }
        assertTrue(x > 0);
    }
}
