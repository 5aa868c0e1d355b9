package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./devzone audit}: its arguments, what it asks of the clone, and the totals it prints from the audit's results. */
class AuditTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void theSummaryCountsCasesAndSuitesPassedLast() {
        String summary = Audit.summary(List.of("union-intersection", "..X.", "simple-entity-call", "..", "requires", "X",
                "", "---", "Total: 7", "Passed: 5", "Failed: 2"));

        assertTrue(summary.contains("union-intersection"));
        assertTrue(summary.matches("(?s).*simple-entity-call\\s+2/2\\s+pass.*"), summary);
        assertTrue(summary.matches("(?s).*union-intersection\\s+3/4\\s+FAIL.*"), summary);
        assertTrue(summary.endsWith("5/7 cases, 1/3 suites\n"), summary);
    }

    @Test
    void aSuiteRunAloneIsReadFromItsDotReport() {
        List<String> output = List.of("", "xargs - ", "Usage:", "", "requires-requires", "....................",
                "..X", "", "Health check failed");

        assertEquals(List.of("requires-requires", "......................X"),
                Audit.suiteMarks("requires-requires", output));
        // a suite that did not run (no such id) printed no marks: one failed case, never a pass
        assertEquals(List.of("node", "X"), Audit.suiteMarks("node", List.of("node", "")));
    }

    @Test
    void withoutAPathItPrintsUsage() {
        assertEquals(2, DevZone.run(new String[] {"audit"}, Map.of(), out));
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("audit PATH"));
    }

    @Test
    void aFolderThatIsNoAuditCloneIsRefusedSayingSo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("README.md"), "not the audit");

        assertEquals(1, DevZone.run(new String[] {"audit", folder.toString()}, Map.of(), out));
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("no clone of graphql-hive/federation-gateway-audit"));
    }

    @Test
    void anOffsetPuttingAPortOnOneNodesFetchRefusesIsRefusedAtOnceNamingIt(@TempDir Path folder) {
        // offset 2000 puts the audit's gateway on 6000 (X11), a bad port of the fetch standard
        assertEquals(1, DevZone.run(new String[] {"audit", folder.toString()}, Map.of("DEVZONE_PORT_OFFSET", "2000"),
                out));
        assertTrue(output.toString(StandardCharsets.UTF_8).startsWith("Port 6000 (the audit's gateway) is one Node's"
                + " fetch refuses"), output.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDanglingLinkToTheToolsFolderIsReplaced(@TempDir Path folder) throws IOException {
        Path graphql = folder.resolve("graphql");
        Files.createSymbolicLink(graphql, folder.resolve("moved-away"));
        Path tools = Files.createDirectory(folder.resolve("tools-graphql"));

        Audit.link(graphql, tools);

        assertEquals(tools, Files.readSymbolicLink(graphql));
        Audit.link(graphql, folder.resolve("elsewhere"));
        assertEquals(tools, Files.readSymbolicLink(graphql), "a link that resolves is kept");
    }
}
