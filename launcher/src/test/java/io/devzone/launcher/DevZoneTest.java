package io.devzone.launcher;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevZoneTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void noArgumentsPrintsHelp() {
        assertEquals(0, DevZone.run(new String[0], Map.of(), out));
        assertTrue(output.toString(StandardCharsets.UTF_8).startsWith("Usage: ./devzone <command>"));
    }

    @Test
    void anUnknownCommandIsAnError() {
        assertEquals(2, DevZone.run(new String[] {"start"}, Map.of(), out));
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("up      build what is stale"));
    }
}
