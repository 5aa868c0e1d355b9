package io.devzone.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes {@code <Aggregate>GraphQLRecords}, the operations every record's GraphQL API has, for each class annotated
 * {@link RecordGraphQL}. Each operation is a concrete method named for its aggregate, as SmallRye GraphQL needs (it
 * names an operation after its method, and reads the methods a {@code @GraphQLApi} class inherits); each only
 * translates, as the hand-written ones do: the service does the rest.
 */
@SupportedAnnotationTypes("io.devzone.codegen.RecordGraphQL")
public class RecordGraphQLProcessor extends AbstractProcessor {

    private static final String RECORD_SERVICE = "io.devzone.commons.record.RecordService";
    private static final String SUFFIX = "Records";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element api : round.getElementsAnnotatedWith(annotation)) {
                generate((TypeElement) api, mirrorOf(api, annotation));
            }
        }
        return true;
    }

    private static AnnotationMirror mirrorOf(Element api, TypeElement annotation) {
        return api.getAnnotationMirrors().stream()
                .filter(m -> m.getAnnotationType().asElement().equals(annotation))
                .findFirst().orElseThrow();
    }

    private void generate(TypeElement api, AnnotationMirror declaration) {
        Map<String, Object> values = valuesOf(declaration);
        TypeMirror service = (TypeMirror) values.get("service");
        List<? extends TypeMirror> types = recordTypes(service);
        if (types == null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "@RecordGraphQL: " + service + " does not extend " + RECORD_SERVICE, api, declaration);
            return;
        }
        List<Ref> references = new ArrayList<>();
        for (Object value : (List<?>) values.get("references")) {
            Map<String, Object> reference = valuesOf((AnnotationMirror) ((AnnotationValue) value).getValue());
            TypeMirror referenced = (TypeMirror) reference.get("service");
            List<? extends TypeMirror> referencedTypes = recordTypes(referenced);
            if (referencedTypes == null) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "@RecordGraphQL: the reference " + reference.get("field") + "'s " + referenced
                                + " does not extend " + RECORD_SERVICE, api, declaration);
                return;
            }
            references.add(new Ref((String) reference.get("field"), (String) reference.get("id"), referenced.toString(),
                    referencedTypes.get(1).toString(), (String) reference.get("description")));
        }
        String packageName = processingEnv.getElementUtils().getPackageOf(api).getQualifiedName().toString();
        String name = api.getSimpleName() + SUFFIX;
        String source = new Source(packageName, name, api.getSimpleName().toString(), service.toString(),
                types.get(1).toString(), types.get(2).toString(), types.get(3).toString(), values, references).write();
        try (Writer out = processingEnv.getFiler().createSourceFile(packageName + "." + name, api).openWriter()) {
            out.write(source);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "@RecordGraphQL: cannot write " + name + ": " + e.getMessage(), api);
        }
    }

    /** An annotation's elements by name, defaults included. */
    private Map<String, Object> valuesOf(AnnotationMirror annotation) {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : processingEnv.getElementUtils()
                .getElementValuesWithDefaults(annotation).entrySet()) {
            values.put(entry.getKey().getSimpleName().toString(), entry.getValue().getValue());
        }
        return values;
    }

    /** The type arguments {@code E, V, I, F} the service gives {@code RecordService}, or null where it is none. */
    private List<? extends TypeMirror> recordTypes(TypeMirror type) {
        for (TypeMirror supertype : processingEnv.getTypeUtils().directSupertypes(type)) {
            if (supertype instanceof DeclaredType declared && ((TypeElement) declared.asElement()).getQualifiedName()
                    .contentEquals(RECORD_SERVICE)) {
                return declared.getTypeArguments();
            }
            List<? extends TypeMirror> found = recordTypes(supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A {@link Reference}: the field, the view's id component, the referenced service and its view. */
    private record Ref(String field, String id, String service, String view, String description) {
    }

    /** The generated class's text. */
    private record Source(String packageName, String name, String api, String service, String view, String input,
            String filter, Map<String, Object> values, List<Ref> references) {

        String write() {
            String thing = simpleName(view).replaceFirst("View$", "");
            String one = Character.toLowerCase(thing.charAt(0)) + thing.substring(1);
            String plural = (String) values.get("plural");
            boolean history = !text("history").isEmpty();
            String words = String.join(" ", thing.split("(?=\\p{Upper})")).toLowerCase(Locale.ROOT);

            Set<String> imports = new TreeSet<>(List.of("java.util.List", "java.util.UUID", "jakarta.inject.Inject",
                    "org.eclipse.microprofile.graphql.Description", "org.eclipse.microprofile.graphql.Id",
                    "org.eclipse.microprofile.graphql.Mutation", "org.eclipse.microprofile.graphql.NonNull",
                    "org.eclipse.microprofile.graphql.Query", "io.devzone.commons.graphql.Ids",
                    "io.devzone.commons.graphql.RecordFields", "io.devzone.commons.query.Page",
                    "io.devzone.commons.query.PageRequest", "io.smallrye.common.annotation.Blocking",
                    "io.smallrye.graphql.api.federation.Resolver"));
            if (history || !references.isEmpty()) {
                imports.add("org.eclipse.microprofile.graphql.Source");
            }
            if (history) {
                imports.addAll(List.of("io.devzone.commons.history.ChangeView",
                        "io.smallrye.graphql.api.Nullable"));
            }
            List<String> lines = new ArrayList<>();
            lines.add("package " + packageName + ";");
            lines.add("");
            imports.forEach(i -> lines.add("import " + i + ";"));
            lines.add("");
            lines.add("/**");
            lines.add(" * The operations every record has, for " + thing + ": generated by records-codegen from {@link "
                    + api + "}'s {@code @RecordGraphQL}, which extends this with the aggregate's own.");
            lines.add(" */");
            lines.add("@javax.annotation.processing.Generated(\"" + RecordGraphQLProcessor.class.getName() + "\")");
            lines.add("public abstract class " + name + " {");
            lines.add("");
            lines.add("    @Inject");
            lines.add("    protected " + service + " service;");
            for (Ref reference : references) {
                lines.add("");
                lines.add("    @Inject");
                lines.add("    " + reference.service() + " " + reference.field() + "Service;");
            }
            lines.add("");
            lines.add("    @Query");
            description(lines, "get", "One " + words + " by id");
            lines.add("    public " + view + " " + one + "(@Id @NonNull String id) {");
            lines.add("        return service.get(Ids.parse(id, \"id\"));");
            lines.add("    }");
            lines.add("");
            lines.add("    @Query");
            description(lines, "list");
            lines.add("    public Page<" + view + "> " + plural + "(" + filter
                    + " filter, Integer page, Integer size, String sort) {");
            lines.add("        return service.list(filter, PageRequest.of(page, size, sort));");
            lines.add("    }");
            if ((Boolean) values.get("creatable")) {
                lines.add("");
                lines.add("    @Mutation");
                description(lines, "create");
                lines.add("    public " + view + " create" + thing + "(@NonNull " + input + " input) {");
                lines.add("        return service.create(input);");
                lines.add("    }");
            }
            lines.add("");
            lines.add("    @Mutation");
            description(lines, "update");
            lines.add("    public " + view + " update" + thing + "(@Id @NonNull String id, @NonNull " + input
                    + " input) {");
            lines.add("        return service.update(Ids.parse(id, \"id\"), input);");
            lines.add("    }");
            lines.add("");
            lines.add("    @Mutation");
            description(lines, "delete",
                    "Deletes " + ("aeiou".indexOf(words.charAt(0)) < 0 ? "a " : "an ") + words + "; returns its id");
            lines.add("    @Id");
            lines.add("    public UUID delete" + thing + "(@Id @NonNull String id) {");
            lines.add("        return RecordFields.delete(service, id);");
            lines.add("    }");
            lines.add("");
            lines.add("    /** {@code _entities} for " + thing + ": all representations of one request in one query. */");
            lines.add("    @Resolver");
            lines.add("    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block");
            lines.add("    public List<" + view + "> " + plural + "ById(List<String> id) {");
            lines.add("        return RecordFields.byIds(service, id);");
            lines.add("    }");
            if (history) {
                lines.add("");
                description(lines, "history");
                lines.add("    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN"
                        + " error at each");
                lines.add("    public List<List<@NonNull ChangeView>> history(@Source List<" + view + "> records) {");
                lines.add("        return RecordFields.histories(service, records);");
                lines.add("    }");
            }
            for (Ref reference : references) {
                lines.add("");
                lines.add("    @Description(" + literal(reference.description()) + ")");
                lines.add("    public List<" + reference.view() + "> " + reference.field() + "(@Source List<" + view
                        + "> records) {");
                lines.add("        return RecordFields.referenced(records, " + view + "::" + reference.id() + ", "
                        + reference.field() + "Service::getAll);");
                lines.add("    }");
            }
            lines.add("}");
            return String.join("\n", lines) + "\n";
        }

        private String text(String element) {
            return (String) values.get(element);
        }

        private void description(List<String> lines, String element) {
            description(lines, element, "");
        }

        /** The element's description, or where the aggregate gives none the usual one (none where that is empty). */
        private void description(List<String> lines, String element, String usual) {
            String description = text(element).isEmpty() ? usual : text(element);
            if (!description.isEmpty()) {
                lines.add("    @Description(" + literal(description) + ")");
            }
        }

        private static String simpleName(String type) {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        /** A Java string literal of the text, ASCII only whatever the compiler's source encoding. */
        private static String literal(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.append('"').toString();
        }
    }
}
