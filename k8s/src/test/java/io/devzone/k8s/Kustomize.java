package io.devzone.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization exactly as the README tells ops to: with kubectl's built-in kustomize. */
final class Kustomize {

    /**
     * The local overlay imports the launcher's realm file, which lies outside k8s/; kustomize reads it only
     * with this restrictor. The README's commands pass the same flag.
     */
    static final List<String> COMMAND = List.of("kubectl", "kustomize", "--load-restrictor", "LoadRestrictionsNone");

    private Kustomize() {
    }

    /** The rendered YAML; fails with kubectl's own message when kubectl does. */
    static String render(Path kustomization) {
        List<String> command = new ArrayList<>(COMMAND);
        command.add(kustomization.toString());
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process kubectl = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!kubectl.waitFor(2, TimeUnit.MINUTES)) {
                    kubectl.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in two minutes");
                }
                if (kubectl.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + kubectl.exitValue()
                            + "):\n" + Files.readString(err));
                }
                return Files.readString(out);
            } finally {
                Files.delete(out);
                Files.delete(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command) + " (is kubectl on the PATH?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
