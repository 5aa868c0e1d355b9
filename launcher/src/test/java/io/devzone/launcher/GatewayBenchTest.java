package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code ./devzone gateway-bench}: what it refuses before starting anything. */
class GatewayBenchTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void anOffsetPuttingAPortOnOneNodesFetchRefusesIsRefusedAtOnceNamingIt() {
        // offset 990 puts the first gateway on 10080 (Amanda), a bad port of the fetch standard
        assertEquals(1, DevZone.run(new String[] {"gateway-bench"}, Map.of("DEVZONE_PORT_OFFSET", "990"), out));
        assertTrue(output.toString(StandardCharsets.UTF_8).startsWith("Port 10080 (a gateway) is one Node's fetch"
                + " refuses"), output.toString(StandardCharsets.UTF_8));
    }
}
