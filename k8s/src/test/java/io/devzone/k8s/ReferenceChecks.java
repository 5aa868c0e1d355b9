package io.devzone.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

/** ConfigMaps and Secrets: each one referred to is in the render or supplied by ops, with the keys read from it. */
final class ReferenceChecks {

    /** {@code from} refers to a ConfigMap or Secret ({@code kind}), or to one {@code key} of it when that is not null. */
    record Reference(String from, String kind, String name, String key) {
    }

    private ReferenceChecks() {
    }

    static List<String> referencesResolve(Render render) {
        List<String> problems = new ArrayList<>();
        for (Reference reference : references(render)) {
            String object = reference.kind() + " " + reference.name();
            Optional<Set<String>> keys = render.keys(reference.kind(), reference.name());
            if (keys.isEmpty()) {
                problems.add(reference.from() + " refers to " + object + ", which is neither in the render nor in " + SuppliedByOps.FILE);
            } else if (reference.key() != null && !keys.get().contains(reference.key())) {
                problems.add(reference.from() + " reads key " + reference.key() + " of " + object + ", which has only " + keys.get());
            }
        }
        return problems;
    }

    /** Every object SUPPLIED-BY-OPS.md lists is still referred to, so ops are asked for nothing unused. */
    static List<String> suppliedListIsCurrent(Render render) {
        Set<String> referred = references(render).stream()
                .map(reference -> reference.kind() + " " + reference.name())
                .collect(Collectors.toSet());
        return render.suppliedByOps().keysByObject().keySet().stream()
                .filter(object -> !referred.contains(object))
                .map(object -> SuppliedByOps.FILE + " lists " + object + ", which nothing in the render refers to")
                .toList();
    }

    static List<Reference> references(Render render) {
        List<Reference> references = new ArrayList<>();
        for (Workload workload : render.workloads()) {
            for (Volume volume : workload.pod().getVolumes() == null ? List.<Volume>of() : workload.pod().getVolumes()) {
                String from = workload.describe() + " volume " + volume.getName();
                if (volume.getConfigMap() != null) {
                    references.add(new Reference(from, "ConfigMap", volume.getConfigMap().getName(), null));
                }
                if (volume.getSecret() != null) {
                    references.add(new Reference(from, "Secret", volume.getSecret().getSecretName(), null));
                }
            }
            for (Container container : workload.containers()) {
                String from = workload.describe() + " container " + container.getName();
                for (EnvFromSource source : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
                    if (source.getConfigMapRef() != null) {
                        references.add(new Reference(from, "ConfigMap", source.getConfigMapRef().getName(), null));
                    }
                    if (source.getSecretRef() != null) {
                        references.add(new Reference(from, "Secret", source.getSecretRef().getName(), null));
                    }
                }
                for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                    EnvVarSource source = variable.getValueFrom();
                    String where = from + " " + variable.getName();
                    if (source != null && source.getConfigMapKeyRef() != null) {
                        references.add(new Reference(where, "ConfigMap", source.getConfigMapKeyRef().getName(), source.getConfigMapKeyRef().getKey()));
                    }
                    if (source != null && source.getSecretKeyRef() != null) {
                        references.add(new Reference(where, "Secret", source.getSecretKeyRef().getName(), source.getSecretKeyRef().getKey()));
                    }
                }
            }
        }
        render.all(Ingress.class).forEach(ingress -> Stream.ofNullable(ingress.getSpec().getTls()).flatMap(List::stream)
                .map(IngressTLS::getSecretName)
                .forEach(secret -> references.add(new Reference("Ingress " + ingress.getMetadata().getName() + " tls", "Secret", secret, null))));
        return references;
    }
}
