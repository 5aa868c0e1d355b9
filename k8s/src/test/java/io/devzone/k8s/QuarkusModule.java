package io.devzone.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A Quarkus module as its configuration has it: its application.properties over the house defaults of commons
 * (META-INF/microprofile-config.properties) when it depends on commons. Keys of a profile (%test.…) are left out:
 * a deployment runs the default one.
 *
 * @param exportsMetrics whether it serves Prometheus metrics (it depends on Micrometer's Prometheus registry)
 */
record QuarkusModule(String name, Path dir, Map<String, String> config, boolean exportsMetrics) {

    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(?::([^}]*))?}");
    private static final Path COMMONS_DEFAULTS = Path.of("commons/src/main/resources/META-INF/microprofile-config.properties");

    static QuarkusModule load(Repository repository, String name) {
        Path dir = repository.root().resolve(name);
        Path pom = dir.resolve("pom.xml");
        Map<String, String> config = new HashMap<>();
        if (dependsOn(pom, "io.devzone", "commons")) {
            config.putAll(properties(repository.root().resolve(COMMONS_DEFAULTS)));
        }
        Path properties = dir.resolve("src/main/resources/application.properties");
        if (Files.exists(properties)) {
            config.putAll(properties(properties));
        }
        return new QuarkusModule(name, dir, Map.copyOf(config),
                dependsOn(pom, "io.quarkus", "quarkus-micrometer-registry-prometheus"));
    }

    Path dockerfile() {
        return dir.resolve(DOCKERFILE);
    }

    int httpPort() {
        return Integer.parseInt(config.getOrDefault("quarkus.http.port", "8080"));
    }

    String livenessPath() {
        return healthPath("liveness-path", "live");
    }

    String readinessPath() {
        return healthPath("readiness-path", "ready");
    }

    String startupPath() {
        return healthPath("startup-path", "started");
    }

    String metricsPath() {
        return under(nonApplicationRoot(), config.getOrDefault("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    Optional<Duration> shutdownTimeout() {
        return Optional.ofNullable(config.get("quarkus.shutdown.timeout")).map(QuarkusModule::duration);
    }

    /** group/name:tag, when the configuration sets all three. */
    Optional<String> image() {
        String prefix = "quarkus.container-image.";
        if (!(config.containsKey(prefix + "group") && config.containsKey(prefix + "name") && config.containsKey(prefix + "tag"))) {
            return Optional.empty();
        }
        return Optional.of(config.get(prefix + "group") + "/" + config.get(prefix + "name") + ":" + config.get(prefix + "tag"));
    }

    /** Whether an environment variable sets a property of this configuration, or a property's value refers to it. */
    boolean readsEnv(String variable) {
        return config.keySet().stream().anyMatch(property -> envName(property).equals(variable))
                || config.values().stream().anyMatch(value -> value.contains("${" + variable + "}") || value.contains("${" + variable + ":"));
    }

    /** A property's value as the module reads it in an environment: ${VARIABLE:default} expressions resolved. */
    Optional<String> value(String property, Map<String, String> environment) {
        return Optional.ofNullable(config.get(property)).map(value -> EXPRESSION.matcher(value).replaceAll(expression ->
                Matcher.quoteReplacement(environment.getOrDefault(expression.group(1), Objects.requireNonNullElse(expression.group(2), "")))));
    }

    /** MicroProfile Config's name for a property in the environment: non-alphanumerics become _, all upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT);
    }

    private String nonApplicationRoot() {
        return under(config.getOrDefault("quarkus.http.root-path", "/"),
                config.getOrDefault("quarkus.http.non-application-root-path", "q"));
    }

    private String healthPath(String key, String fallback) {
        String healthRoot = under(nonApplicationRoot(), config.getOrDefault("quarkus.smallrye-health.root-path", "health"));
        return under(healthRoot, config.getOrDefault("quarkus.smallrye-health." + key, fallback));
    }

    /** Quarkus' rule for its endpoints' paths: an absolute path stands, a relative one is below its parent's. */
    private static String under(String parent, String path) {
        return path.startsWith("/") ? path : parent.replaceAll("/$", "") + "/" + path;
    }

    /** Quarkus' duration format: seconds alone, a number with a unit (20S, 500ms), or ISO-8601. */
    static Duration duration(String value) {
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (upper.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(upper));
        }
        if (upper.matches("\\d+MS")) {
            return Duration.ofMillis(Long.parseLong(upper.substring(0, upper.length() - 2)));
        }
        if (upper.startsWith("P")) {
            return Duration.parse(upper);
        }
        return upper.endsWith("D") ? Duration.parse("P" + upper) : Duration.parse("PT" + upper);
    }

    private static Map<String, String> properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        properties.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("%"))
                .forEach(key -> config.put(key, properties.getProperty(key)));
        return config;
    }

    /** Whether the pom builds a Quarkus application (its build runs the Quarkus Maven plugin). */
    static boolean builtByQuarkus(Path pom) {
        NodeList plugins = Repository.xml(pom).getElementsByTagName("plugin");
        return IntStream.range(0, plugins.getLength())
                .mapToObj(i -> (Element) plugins.item(i))
                .anyMatch(plugin -> "quarkus-maven-plugin".equals(child(plugin, "artifactId")));
    }

    private static boolean dependsOn(Path pom, String groupId, String artifactId) {
        NodeList dependencies = Repository.xml(pom).getElementsByTagName("dependency");
        return IntStream.range(0, dependencies.getLength())
                .mapToObj(i -> (Element) dependencies.item(i))
                .anyMatch(dependency -> groupId.equals(child(dependency, "groupId"))
                        && artifactId.equals(child(dependency, "artifactId"))
                        && !"test".equals(child(dependency, "scope")));
    }

    private static String child(Element element, String name) {
        NodeList children = element.getElementsByTagName(name);
        return children.getLength() == 0 ? null : children.item(0).getTextContent().trim();
    }
}
