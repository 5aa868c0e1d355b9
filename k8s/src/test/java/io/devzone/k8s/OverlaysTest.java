package io.devzone.k8s;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay, rendered as ops would render it, passes every check meant for it. */
class OverlaysTest {

    static List<String> overlays() {
        return Repository.BUILD.overlayNames();
    }

    @ParameterizedTest(name = "k8s/overlays/{0}")
    @MethodSource("overlays")
    void passesEveryCheck(String overlay) {
        Render render = Repository.BUILD.render(overlay);
        List<String> problems = Arrays.stream(Check.values())
                .filter(check -> check.appliesTo(overlay))
                .flatMap(check -> check.problems(render).stream().map(problem -> check + ": " + problem))
                .toList();
        assertTrue(problems.isEmpty(), () -> "k8s/overlays/" + overlay + " has " + problems.size() + " problems:\n"
                + String.join("\n", problems));
    }

    @Test
    void everyOverlayACheckIsMeantForExists() {
        Arrays.stream(Check.values()).forEach(check -> assertTrue(overlays().containsAll(check.overlays()),
                () -> check + " is meant for " + check.overlays() + "; the overlays are " + overlays()));
    }
}
