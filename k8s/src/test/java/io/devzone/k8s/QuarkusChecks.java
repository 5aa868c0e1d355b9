package io.devzone.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SleepAction;

/**
 * Each Quarkus module's pods against the module itself: its configuration (QuarkusModule) and its Dockerfile.
 * A module's pods are those of the one workload labelled app.kubernetes.io/name=&lt;module&gt;.
 */
final class QuarkusChecks {

    /** Kubernetes' default when a pod sets none. */
    private static final long DEFAULT_GRACE_SECONDS = 30;

    /** A module's workload in the render, and its one container. */
    record Deployed(QuarkusModule module, Workload workload, Container container) {
        String where() {
            return workload.describe() + " (module " + module.name() + ")";
        }
    }

    private QuarkusChecks() {
    }

    /** Every module that builds an image is deployed by one workload whose pods run it alone. */
    static List<String> modulesDeployed(Render render) {
        List<String> problems = new ArrayList<>();
        for (QuarkusModule module : render.repository().quarkusModules()) {
            List<Workload> workloads = render.workloads().stream()
                    .filter(workload -> module.name().equals(workload.labels().get(Workload.NAME_LABEL)))
                    .toList();
            if (workloads.size() != 1) {
                problems.add("module " + module.name() + " has " + workloads.size() + " workloads labelled "
                        + Workload.NAME_LABEL + "=" + module.name() + "; it needs one");
            } else if (workloads.get(0).containers().size() != 1) {
                problems.add(workloads.get(0).describe() + " runs " + workloads.get(0).containers().size()
                        + " containers; a module's pod runs the module alone");
            }
        }
        return problems;
    }

    /** The container declares quarkus.http.port and no other port. */
    static List<String> portsMatchConfig(Render render) {
        return each(render, deployed -> {
            int port = deployed.module().httpPort();
            List<Integer> declared = deployed.container().getPorts() == null ? List.of()
                    : deployed.container().getPorts().stream().map(ContainerPort::getContainerPort).toList();
            return declared.equals(List.of(port)) ? Stream.empty()
                    : Stream.of(deployed.where() + " declares ports " + declared + "; quarkus.http.port is " + port);
        });
    }

    /** Start-up, liveness and readiness probes ask the paths the module serves them at, on quarkus.http.port. */
    static List<String> probesMatchConfig(Render render) {
        return each(render, deployed -> {
            QuarkusModule module = deployed.module();
            Container container = deployed.container();
            return Stream.of(
                            probeProblem(deployed, "start-up", container.getStartupProbe(), module.startupPath()),
                            probeProblem(deployed, "liveness", container.getLivenessProbe(), module.livenessPath()),
                            probeProblem(deployed, "readiness", container.getReadinessProbe(), module.readinessPath()))
                    .flatMap(Optional::stream);
        });
    }

    private static Optional<String> probeProblem(Deployed deployed, String kind, Probe probe, String path) {
        if (probe == null || probe.getHttpGet() == null) {
            return Optional.of(deployed.where() + " has no HTTP " + kind + " probe; the module serves it at " + path);
        }
        if (!path.equals(probe.getHttpGet().getPath())) {
            return Optional.of(deployed.where() + "'s " + kind + " probe asks " + probe.getHttpGet().getPath()
                    + "; the module serves it at " + path);
        }
        boolean onHttpPort = Workload.port(List.of(deployed.container()), probe.getHttpGet().getPort())
                .map(port -> port.getContainerPort() == deployed.module().httpPort())
                .orElse(false);
        return onHttpPort ? Optional.empty() : Optional.of(deployed.where() + "'s " + kind + " probe asks port "
                + probe.getHttpGet().getPort().getValue() + ", not quarkus.http.port " + deployed.module().httpPort());
    }

    /**
     * Every QUARKUS_* and DEVZONE_* variable the container gets, set directly or from a ConfigMap or Secret, is the
     * environment name of a property of the module's configuration: a misspelt one would be silently ignored.
     */
    static List<String> envMatchesConfig(Render render) {
        return each(render, deployed -> environmentNames(render, deployed.container())
                .filter(name -> name.startsWith("QUARKUS_") || name.startsWith("DEVZONE_"))
                .filter(name -> !deployed.module().readsEnv(name))
                .map(name -> deployed.where() + " sets " + name + ", which is no property of the module's configuration"));
    }

    private static Stream<String> environmentNames(Render render, Container container) {
        Stream<String> direct = Stream.ofNullable(container.getEnv()).flatMap(List::stream).map(EnvVar::getName);
        Stream<String> imported = Stream.ofNullable(container.getEnvFrom()).flatMap(List::stream).flatMap(source -> {
            String prefix = Objects.requireNonNullElse(source.getPrefix(), "");
            Optional<Set<String>> keys = source.getConfigMapRef() != null
                    ? render.keys("ConfigMap", source.getConfigMapRef().getName())
                    : render.keys("Secret", source.getSecretRef().getName());
            return keys.stream().flatMap(Set::stream).map(key -> prefix + key);
        });
        return Stream.concat(direct, imported);
    }

    /** The image is the one the module builds: quarkus.container-image group/name:tag, under any registry. */
    static List<String> imageMatchesConfig(Render render) {
        return each(render, deployed -> {
            Optional<String> built = deployed.module().image();
            String image = deployed.container().getImage();
            if (built.isEmpty()) {
                return Stream.of("module " + deployed.module().name() + " sets no quarkus.container-image group, name and tag");
            }
            return image.equals(built.get()) || image.endsWith("/" + built.get()) ? Stream.empty()
                    : Stream.of(deployed.where() + " runs " + image + "; the module builds " + built.get());
        });
    }

    /** The module has a Dockerfile.jvm, which exposes quarkus.http.port and runs as the user the pod runs as. */
    static List<String> dockerfileMatchesPod(Render render) {
        return each(render, deployed -> {
            if (!Files.exists(deployed.module().dockerfile())) {
                return Stream.of("module " + deployed.module().name() + " has no " + QuarkusModule.DOCKERFILE + " to build the image "
                        + deployed.workload().describe() + " runs");
            }
            List<String> lines = dockerfile(deployed.module());
            String port = String.valueOf(deployed.module().httpPort());
            Optional<String> user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((first, last) -> last)
                    .map(line -> line.substring("USER ".length()).trim());
            Optional<String> podUser = deployed.workload().runAsUser(deployed.container()).map(String::valueOf);
            List<String> problems = new ArrayList<>();
            if (lines.stream().noneMatch(line -> line.startsWith("EXPOSE ") && List.of(line.substring(7).trim().split("\\s+")).contains(port))) {
                problems.add(deployed.module().dockerfile() + " does not EXPOSE quarkus.http.port " + port);
            }
            if (podUser.isPresent() && !podUser.equals(user)) {
                problems.add(deployed.where() + " runs as user " + podUser.get() + "; " + deployed.module().dockerfile()
                        + " has USER " + user.orElse("(none)"));
            }
            return problems.stream();
        });
    }

    private static List<String> dockerfile(QuarkusModule module) {
        try {
            return Files.readAllLines(module.dockerfile()).stream().map(String::trim).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prometheus' scrape annotations name the module's metrics path and port; a module that serves no metrics is
     * not scraped.
     */
    static List<String> metricsMatchConfig(Render render) {
        return each(render, deployed -> {
            Map<String, String> annotations = deployed.workload().annotations();
            if (!deployed.module().exportsMetrics()) {
                return "true".equals(annotations.get("prometheus.io/scrape"))
                        ? Stream.of(deployed.where() + " is scraped by Prometheus; the module serves no metrics")
                        : Stream.empty();
            }
            Map<String, String> expected = Map.of(
                    "prometheus.io/scrape", "true",
                    "prometheus.io/path", deployed.module().metricsPath(),
                    "prometheus.io/port", String.valueOf(deployed.module().httpPort()));
            return expected.entrySet().stream()
                    .filter(entry -> !entry.getValue().equals(annotations.get(entry.getKey())))
                    .map(entry -> deployed.where() + " annotates " + entry.getKey() + "=" + annotations.get(entry.getKey())
                            + "; the module's configuration gives " + entry.getValue());
        });
    }

    /**
     * The module sets quarkus.shutdown.timeout, and the pod's grace period outlasts it plus the preStop pause, so
     * Kubernetes does not kill requests Quarkus is still finishing.
     */
    static List<String> graceCoversShutdown(Render render) {
        return each(render, deployed -> {
            Optional<Duration> shutdown = deployed.module().shutdownTimeout();
            if (shutdown.isEmpty()) {
                return Stream.of("module " + deployed.module().name() + " sets no quarkus.shutdown.timeout: SIGTERM would cut requests in flight");
            }
            long grace = Objects.requireNonNullElse(deployed.workload().pod().getTerminationGracePeriodSeconds(), DEFAULT_GRACE_SECONDS);
            long preStop = Optional.ofNullable(deployed.container().getLifecycle())
                    .map(Lifecycle::getPreStop)
                    .map(LifecycleHandler::getSleep)
                    .map(SleepAction::getSeconds)
                    .orElse(0L);
            return grace > preStop + shutdown.get().toSeconds() ? Stream.empty()
                    : Stream.of(deployed.where() + " gives " + grace + "s to stop; preStop " + preStop
                            + "s and quarkus.shutdown.timeout " + shutdown.get().toSeconds() + "s need more");
        });
    }

    /** The root file system is read-only and /tmp, where Quarkus and the JVM write, is an emptyDir. */
    static List<String> onlyTmpWritable(Render render) {
        return each(render, deployed -> {
            Container container = deployed.container();
            List<String> problems = new ArrayList<>();
            if (container.getSecurityContext() == null || !Boolean.TRUE.equals(container.getSecurityContext().getReadOnlyRootFilesystem())) {
                problems.add(deployed.where() + " has a writable root file system");
            }
            boolean tmp = Stream.ofNullable(container.getVolumeMounts()).flatMap(List::stream)
                    .filter(mount -> mount.getMountPath().equals("/tmp"))
                    .anyMatch(mount -> Stream.ofNullable(deployed.workload().pod().getVolumes()).flatMap(List::stream)
                            .anyMatch(volume -> volume.getName().equals(mount.getName()) && volume.getEmptyDir() != null));
            if (!tmp) {
                problems.add(deployed.where() + " mounts no emptyDir at /tmp");
            }
            return problems.stream();
        });
    }

    /** The modules' workloads in the render; modulesDeployed reports those it cannot pair. */
    static Stream<Deployed> deployed(Render render) {
        return render.workloads().stream()
                .filter(workload -> workload.containers().size() == 1)
                .flatMap(workload -> Optional.ofNullable(workload.labels().get(Workload.NAME_LABEL))
                        .flatMap(name -> render.repository().quarkusModule(name))
                        .map(module -> new Deployed(module, workload, workload.containers().get(0)))
                        .stream());
    }

    private static List<String> each(Render render, Function<Deployed, Stream<String>> check) {
        return deployed(render).flatMap(check).toList();
    }
}
