package io.devzone.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.devzone.system.HostileCase.Finding;
import io.devzone.system.HostileClient.Answer;

/**
 * The project's own hostile-input suite: a table of malformed, oversized, forged and cross-role requests over REST and
 * GraphQL, direct to each service and through the gateway (see the Hostile*Cases families). Each must get the expected
 * status and house code, never a 5xx, carry no internal detail or raw input, answer within {@link HostileClient#HANG},
 * leave its service ready, and write nothing. The last test prints
 * {@code N hostile requests: A 5xx, B leaks, C hangs, D wrong-role successes} and fails unless A–D are 0.
 */
@ExtendWith(RunningSuite.class)
class HostileInputIT {

    private static final Set<String> HOUSE_CODES = Set.of("VALIDATION_FAILED", "BAD_REQUEST", "UNAUTHENTICATED",
            "FORBIDDEN", "NOT_FOUND", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE", "CONFLICT", "UNSUPPORTED_MEDIA_TYPE",
            "SUBGRAPH_UNAVAILABLE", "SUBGRAPH_ERROR", "QUERY_TOO_DEEP", "TOO_MANY_ALIASES", "QUERY_TOO_COMPLEX",
            "REQUEST_TOO_LARGE", "PERSISTED_QUERY_NOT_FOUND", "CANNOT_PLAN", "GRAPHQL_PARSE_FAILED",
            "GRAPHQL_VALIDATION_FAILED", "SCHEMA_UNAVAILABLE");

    private int sent;
    private int serverErrors;
    private int leaks;
    private int hangs;
    private int wrongRoleSuccesses;
    private final List<String> failed = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> hostileRequests() {
        HostileTargets targets = new HostileTargets();
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(HostileRestCases.of(targets));
        cases.addAll(HostileAccessCases.of(targets, ForgedTokens.all()));
        cases.addAll(HostileGraphQLCases.of(targets));
        cases.addAll(HostileGraphQLCases.costly(targets));
        Set<String> names = new HashSet<>();
        cases.forEach(c -> assertTrue(names.add(c.name()), "two cases are named " + c.name()));
        return Stream.concat(cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c))),
                Stream.of(DynamicTest.dynamicTest("summary", () -> summary(cases.size()))));
    }

    private void run(HostileCase hostile) {
        Object before = hostile.unchanged() == null ? null : hostile.unchanged().get();
        Answer answer = HostileClient.send(hostile);
        sent++;
        List<String> problems = new ArrayList<>();
        boolean wrongRole = false;
        JsonNode json = answer.json();
        List<String> codes = codes(json);
        if (answer.status() < 0) {
            hangs++;
            problems.add(answer.failure());
        } else {
            if (answer.status() >= 500 || codes.contains("INTERNAL")) {
                serverErrors++;
                problems.add("a fault of the server (" + answer.status() + ", codes " + codes + ")");
            }
            List<String> leaked = Leaks.in(answer.body(), hostile.echoes());
            if (!leaked.isEmpty()) {
                leaks++;
                problems.add("leaks " + leaked);
            }
            if (answer.status() != hostile.status()) {
                problems.add("status " + answer.status() + ", expected " + hostile.status());
            }
            if (hostile.code() != null && !codes.contains(hostile.code())) {
                problems.add("codes " + codes + ", expected " + hostile.code());
            }
            codes.stream().filter(c -> !HOUSE_CODES.contains(c)).forEach(c -> problems.add("not a house code: " + c));
            if (answer.status() >= 400 && codes.isEmpty()) {
                problems.add("a " + answer.status() + " without a house code");
            }
            if (hostile.refusal() && answer.status() >= 200 && answer.status() < 300 && codes.isEmpty()) {
                wrongRole = true;
                problems.add("the caller got what its role does not allow");
            }
            if (json != null) {
                for (Finding finding : hostile.check().apply(json)) {
                    wrongRole |= finding.wrongRole();
                    problems.add(finding.message());
                }
            }
        }
        if (before != null) {
            Object after = hostile.unchanged().get();
            if (!Objects.equals(before, after)) {
                wrongRole |= hostile.refusal();
                problems.add("it wrote: " + before + " before, " + after + " after");
            }
        }
        if (wrongRole) {
            wrongRoleSuccesses++;
        }
        Answer health = HostileClient.get(hostile.module(), "/q/health/ready", null);
        if (health.status() != 200) {
            problems.add(hostile.module() + " is not ready afterwards (" + health.status() + ")");
        }
        if (!problems.isEmpty()) {
            failed.add(hostile.name());
        }
        assertTrue(problems.isEmpty(), () -> hostile.name() + " | " + hostile.method() + " " + hostile.module() + shortPath(hostile) + " as "
                + hostile.caller().label() + ": " + String.join("; ", problems) + "\nanswer: " + excerpt(answer.body()));
    }

    /** The house codes of an answer: a problem's {@code code}, or every GraphQL error's {@code extensions.code}. */
    private static List<String> codes(JsonNode json) {
        List<String> codes = new ArrayList<>();
        if (json == null) {
            return codes;
        }
        if (json.path("type").asText().startsWith("urn:devzone:problem:")) {
            // a REST problem; its errors are the fields at fault
            codes.add(json.path("code").asText());
            return codes;
        }
        for (JsonNode error : json.path("errors")) {
            JsonNode code = error.path("extensions").path("code");
            codes.add(code.isTextual() ? code.asText() : "(none)");
        }
        return codes;
    }

    private void summary(int cases) {
        String line = sent + " hostile requests: " + serverErrors + " 5xx, " + leaks + " leaks, " + hangs + " hangs, "
                + wrongRoleSuccesses + " wrong-role successes";
        System.out.println(line);
        assertEquals(cases, sent, "every case was sent");
        assertTrue(serverErrors == 0 && leaks == 0 && hangs == 0 && wrongRoleSuccesses == 0 && failed.isEmpty(),
                line + "; " + failed.size() + " cases failed: " + failed);
    }

    private static String shortPath(HostileCase hostile) {
        return hostile.path().length() > 160 ? hostile.path().substring(0, 160) + "…" : hostile.path();
    }

    private static String excerpt(String body) {
        return body == null || body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}
