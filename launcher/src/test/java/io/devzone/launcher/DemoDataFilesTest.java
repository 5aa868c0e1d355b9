package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.devzone.launcher.demo.DemoScript;

/**
 * The repository's demo data, checked without starting anything: every department has a script, each parses,
 * logs in as its department's demo user, and names only records that an earlier request (in load order) created.
 */
class DemoDataFilesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_.-]+?)(\\.version)?}}");
    private static final List<List<String>> DEPARTMENTS = List.of(
            List.of("investment-service", "zhang.wei"),
            List.of("land-service", "li.na"),
            List.of("party-affairs-service", "wang.fang"));

    private final SuiteConfig config = SuiteConfig.forRepository(
            SuiteConfig.locateRepositoryRoot(Path.of("").toAbsolutePath()));

    @Test
    void everyDepartmentHasAScriptInLoadOrder() {
        List<Path> expected = DEPARTMENTS.stream()
                .map(d -> config.repositoryRoot().resolve(d.get(0)).resolve(DemoData.SCRIPT)).toList();
        assertEquals(expected, new DemoData(config).scripts());
    }

    @Test
    void everyScriptUsesItsDepartmentsUserAndOnlyRefsDefinedBefore() throws IOException {
        Set<String> defined = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (List<String> department : DEPARTMENTS) {
            Path file = config.repositoryRoot().resolve(department.get(0)).resolve(DemoData.SCRIPT);
            assertEquals(department.get(1), DemoScript.read(file).user(), file.toString());
            int index = 0;
            for (JsonNode request : new ObjectMapper().readTree(file.toFile()).get("requests")) {
                index++;
                Matcher used = PLACEHOLDER.matcher(request.path("path").asText() + " " + request.path("body"));
                while (used.find()) {
                    if (!defined.contains(used.group(1))) {
                        problems.add(department.get(0) + " request " + index + " uses {{" + used.group(1)
                                + "}} before any request defines it");
                    }
                }
                if (request.hasNonNull("ref") && !defined.add(request.get("ref").asText())) {
                    problems.add(department.get(0) + " request " + index + " defines '" + request.get("ref").asText()
                            + "' a second time");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
