package io.devzone.k8s;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rendering fails loudly: kubectl's errors come through, and what is not a valid Kubernetes object is refused. */
class RenderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '>', value = {
            // a misspelt field, in a container and deep in a probe
            "'        livenessProbe:' > '        livenesProbe:' > livenesProbe",
            "'          periodSeconds: 10' > '          periodSecond: 10' > periodSecond",
            // a value of the wrong type
            "'        - containerPort: 8081' > '        - containerPort: http' > containerPort",
            // a kind its API version does not have
            "'apiVersion: apps/v1' > 'apiVersion: apps/v2' > apps/v2"})
    void refusesWhatIsNoKubernetesObject(String line, String broken, String named) {
        String yaml = Repository.BUILD.rendered("local");
        int at = yaml.indexOf(line + "\n");
        assertTrue(at >= 0, "the render has the line " + line);
        String brokenYaml = yaml.substring(0, at) + broken + yaml.substring(at + line.length());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Render.parse(brokenYaml));
        assertTrue(refused.getMessage().contains(named), refused::getMessage);
    }

    @Test
    void kubectlsErrorComesThrough(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n  - missing.yaml\n");
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> Kustomize.render(dir));
        assertTrue(failed.getMessage().contains("missing.yaml"), failed::getMessage);
    }
}
