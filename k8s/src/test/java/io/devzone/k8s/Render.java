package io.devzone.k8s;

import static java.util.stream.Collectors.toMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/**
 * A rendered overlay, every object parsed as its Kubernetes kind, with what the checks need beside it: what ops
 * supply (the overlay's SUPPLIED-BY-OPS.md) and the repository whose code it must match.
 */
record Render(List<HasMetadata> objects, SuppliedByOps suppliedByOps, Repository repository) {

    /** Every kind the fabric8 model knows, by "apiVersion kind", from the model jars' service files. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS =
            ServiceLoader.load(KubernetesResource.class).stream()
                    .map(ServiceLoader.Provider::type)
                    .filter(HasMetadata.class::isAssignableFrom)
                    .map(type -> type.asSubclass(HasMetadata.class))
                    .collect(toMap(type -> HasMetadata.getApiVersion(type) + " " + HasMetadata.getKind(type), type -> type));

    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * Refuses unknown fields. fabric8's classes would keep them in additionalProperties (a JSON any-setter), so a
     * misspelt or misplaced field would pass unseen; with any-setters ignored, Jackson rejects it.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return null;
                }
            })
            .build();

    /** Every document of kubectl's output as its kind; fails on the first that is not one. */
    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                objects.add(asKind(documents.next()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the render is not YAML", e);
        }
        return objects;
    }

    private static HasMetadata asKind(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        String object = kind + " " + document.path("metadata").path("name").asText();
        Class<? extends HasMetadata> type = KINDS.get(apiVersion + " " + kind);
        if (type == null) {
            throw new IllegalArgumentException(object + ": the Kubernetes model has no kind " + kind + " in " + apiVersion);
        }
        try {
            return STRICT.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(object + " is not a valid " + apiVersion + " " + kind + ": " + e.getMessage(), e);
        }
    }

    <T extends HasMetadata> Stream<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast);
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).filter(object -> object.getMetadata().getName().equals(name)).findFirst();
    }

    /** Every Deployment and StatefulSet. */
    List<Workload> workloads() {
        return Stream.concat(
                        all(Deployment.class).map(deployment -> new Workload(deployment, deployment.getSpec().getTemplate())),
                        all(StatefulSet.class).map(statefulSet -> new Workload(statefulSet, statefulSet.getSpec().getTemplate())))
                .toList();
    }

    /** The workload whose pods are labelled app.kubernetes.io/name={@code name}, if there is one. */
    Optional<Workload> workload(String name) {
        return workloads().stream().filter(workload -> name.equals(workload.labels().get(Workload.NAME_LABEL))).findFirst();
    }

    /** The variables a container gets with a value the render shows: its own literals and its ConfigMaps' entries. */
    Map<String, String> environment(Container container) {
        Map<String, String> environment = new TreeMap<>();
        Stream.ofNullable(container.getEnvFrom()).flatMap(List::stream)
                .filter(source -> source.getConfigMapRef() != null)
                .flatMap(source -> find(ConfigMap.class, source.getConfigMapRef().getName()).stream()
                        .flatMap(configMap -> Stream.ofNullable(configMap.getData()))
                        .map(data -> Map.entry(Objects.requireNonNullElse(source.getPrefix(), ""), data)))
                .forEach(data -> data.getValue().forEach((key, value) -> environment.put(data.getKey() + key, value)));
        Stream.ofNullable(container.getEnv()).flatMap(List::stream)
                .filter(variable -> variable.getValue() != null)
                .forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        return environment;
    }

    /**
     * The keys of a ConfigMap or Secret ({@code kind}) in the render, or as SUPPLIED-BY-OPS.md lists them when
     * ops supply it; empty when neither has it.
     */
    Optional<Set<String>> keys(String kind, String name) {
        Optional<Set<String>> rendered = "Secret".equals(kind)
                ? find(Secret.class, name).map(secret -> keys(secret.getData(), secret.getStringData()))
                : find(ConfigMap.class, name).map(configMap -> keys(configMap.getData(), configMap.getBinaryData()));
        return rendered.or(() -> suppliedByOps.keys(kind, name));
    }

    private static Set<String> keys(Map<String, String> some, Map<String, String> more) {
        Set<String> keys = new TreeSet<>();
        Stream.of(some, more).filter(Objects::nonNull).forEach(map -> keys.addAll(map.keySet()));
        return keys;
    }
}
