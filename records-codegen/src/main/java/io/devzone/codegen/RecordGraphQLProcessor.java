package io.devzone.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;

/**
 * Writes {@code <Aggregate>GraphQLRecords}, the operations every record's GraphQL API has, for each class annotated
 * {@link RecordGraphQL}, and the whole {@code <Thing>GraphQL} for each record its package declares. Each operation is a concrete method named for its aggregate, as SmallRye GraphQL needs (it
 * names an operation after its method, and reads the methods a {@code @GraphQLApi} class inherits); each only
 * translates, as the hand-written ones do: the service does the rest.
 */
@SupportedAnnotationTypes({"io.devzone.codegen.RecordGraphQL", "io.devzone.codegen.RecordGraphQLs"})
public class RecordGraphQLProcessor extends RecordProcessor {

    /** {@code <Thing>GraphQL} for a record its package declares: the class is the whole API. */
    @Override
    String name(Element annotated, RecordTypes types) {
        return annotated.getKind() == ElementKind.PACKAGE ? types.thing() + "GraphQL" : super.name(annotated, types);
    }

    @Override
    String source(Element api, String packageName, String name, Map<String, Object> values, RecordTypes types) {
        List<Ref> references = new ArrayList<>();
        for (Map<String, Object> reference : nested(values.get("references"))) {
            TypeMirror referenced = (TypeMirror) reference.get("service");
            RecordTypes referencedTypes = recordTypes(referenced);
            if (referencedTypes == null) {
                error("@RecordGraphQL: the reference " + reference.get("field") + "'s " + referenced
                        + " does not extend " + RECORD_SERVICE, api);
                return null;
            }
            references.add(new Ref((String) reference.get("field"), (String) reference.get("id"), referenced.toString(),
                    referencedTypes.view(), (String) reference.get("description")));
        }
        List<Under> listed = nested(values.get("listed")).stream()
                .map(under -> new Under((String) under.get("field"), under.get("under").toString(),
                        (String) under.get("description")))
                .toList();
        String declaredBy = api.getKind() == ElementKind.PACKAGE ? null : api.getSimpleName().toString();
        return new Source(packageName, name, declaredBy, types, values, references, listed).write();
    }

    /** A {@link Reference}: the field, the view's id component, the referenced service and its view. */
    private record Ref(String field, String id, String service, String view, String description) {
    }

    /** A {@link Listed}: the field and the parent's view it is added to. */
    private record Under(String field, String parent, String description) {
    }

    /** The generated class's text; {@code api} is the class that extends it, null where it is the API itself. */
    private record Source(String packageName, String name, String api, RecordTypes types, Map<String, Object> values,
            List<Ref> references, List<Under> listed) {

        String write() {
            String service = types.service().toString();
            String view = types.view();
            String input = types.input();
            String filter = types.filter();
            String thing = types.thing();
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
            if (api == null) {
                imports.add("org.eclipse.microprofile.graphql.GraphQLApi");
            }
            if (history || !references.isEmpty() || !listed.isEmpty()) {
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
            if (api == null) {
                lines.add(" * The GraphQL API of " + thing + ", the operations every record has and none of its own:"
                        + " generated by records-codegen from its {@code @RecordGraphQL} in this package's"
                        + " package-info.");
            } else {
                lines.add(" * The operations every record has, for " + thing + ": generated by records-codegen from"
                        + " {@link " + api + "}'s {@code @RecordGraphQL}, which extends this with the aggregate's own.");
            }
            lines.add(" */");
            lines.add("@javax.annotation.processing.Generated(\"" + RecordGraphQLProcessor.class.getName() + "\")");
            lines.add(api == null ? "@GraphQLApi\npublic class " + name + " {" : "public abstract class " + name + " {");
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
            String sortedLike = text("sortedLike");
            description(lines, "list", Character.toUpperCase(plural.charAt(0)) + String.join(" ",
                    plural.substring(1).split("(?=\\p{Upper})")).toLowerCase(Locale.ROOT) + ", filtered, sorted"
                    + (sortedLike.isEmpty() ? "" : " (e.g. \"" + sortedLike + "\")") + " and paged (pages count from 0)");
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
            for (Under under : listed) {
                lines.add("");
                lines.add("    @Description(" + literal(under.description()) + ")");
                lines.add("    public List<List<" + view + ">> " + under.field() + "(@Source List<" + under.parent()
                        + "> parents) {");
                lines.add("        return service.ofEachParent(RecordFields.ids(parents));");
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
    }
}
