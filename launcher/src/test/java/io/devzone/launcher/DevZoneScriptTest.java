package io.devzone.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./devzone builds the service modules before the launcher runs them: both must name the same ones. */
class DevZoneScriptTest {

    @Test
    void theScriptBuildsTheServicesTheLauncherRuns() throws Exception {
        Path script = SuiteConfig.locateRepositoryRoot(Path.of("")).resolve("devzone");
        assertTrue(Files.isExecutable(script), script + " must be executable");

        Matcher modules = Pattern.compile("(?m)^SERVICE_MODULES=\\((.*)\\)$").matcher(Files.readString(script));
        assertTrue(modules.find(), "SERVICE_MODULES=(...) not found in " + script);
        assertEquals(ServiceSpec.ALL.stream().map(ServiceSpec::module).toList(),
                List.of(modules.group(1).trim().split("\\s+")));
    }
}
