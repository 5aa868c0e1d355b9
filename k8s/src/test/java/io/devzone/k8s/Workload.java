package io.devzone.k8s;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;

/** A Deployment or StatefulSet, as far as the checks look: the pods it makes. */
record Workload(HasMetadata owner, PodTemplateSpec template) {

    static final String NAME_LABEL = "app.kubernetes.io/name";

    String describe() {
        return owner.getKind() + " " + owner.getMetadata().getName();
    }

    PodSpec pod() {
        return template.getSpec();
    }

    Map<String, String> labels() {
        Map<String, String> labels = template.getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    Map<String, String> annotations() {
        Map<String, String> annotations = template.getMetadata().getAnnotations();
        return annotations == null ? Map.of() : annotations;
    }

    List<Container> containers() {
        return pod().getContainers();
    }

    /** The port of {@code containers} that a Service or probe names, by number or by name. */
    static Optional<ContainerPort> port(List<Container> containers, IntOrString reference) {
        return containers.stream()
                .flatMap(container -> container.getPorts() == null ? Stream.empty() : container.getPorts().stream())
                .filter(port -> reference.getIntVal() != null
                        ? reference.getIntVal().equals(port.getContainerPort())
                        : reference.getStrVal().equals(port.getName()))
                .findFirst();
    }

    /** The user a container runs as: its own setting, else the pod's. */
    Optional<Long> runAsUser(Container container) {
        return effective(container, SecurityContext::getRunAsUser, PodSecurityContext::getRunAsUser);
    }

    Optional<Boolean> runAsNonRoot(Container container) {
        return effective(container, SecurityContext::getRunAsNonRoot, PodSecurityContext::getRunAsNonRoot);
    }

    Optional<String> seccompProfile(Container container) {
        return effective(container,
                context -> context.getSeccompProfile() == null ? null : context.getSeccompProfile().getType(),
                context -> context.getSeccompProfile() == null ? null : context.getSeccompProfile().getType());
    }

    private <T> Optional<T> effective(Container container, Function<SecurityContext, T> own,
            Function<PodSecurityContext, T> pods) {
        return Optional.ofNullable(container.getSecurityContext()).map(own)
                .or(() -> Optional.ofNullable(pod().getSecurityContext()).map(pods));
    }
}
