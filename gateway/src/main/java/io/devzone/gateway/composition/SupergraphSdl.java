package io.devzone.gateway.composition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * A supergraph SDL as Apollo's composition ({@code rover supergraph compose}) and Hive's produce it, split back into
 * each subgraph's SDL: per {@code join__Graph} value its name and URL, the types, fields, enum values, union members
 * and interfaces that graph contributes ({@code @join__type}, {@code @join__field}, {@code @join__implements},
 * {@code @join__unionMember}, {@code @join__enumValue}) with its keys and {@code @external}, {@code @requires} and
 * {@code @provides}. Those go through the {@link Composer} like the live subgraphs' SDL, so one model and one planner
 * serve both sources; an interface a graph joins as {@code isInterfaceObject} is that graph's {@code @interfaceObject}
 * (the fields it gives the implementations, joined to no graph there, come back with it). What that model cannot
 * express (progressive {@code @override}, {@code @fromContext}, a linked spec for execution or security this gateway
 * does not implement) is refused, naming the type and field, rather than planned wrongly.
 */
public final class SupergraphSdl {

    private static final String JOIN_SPEC = "https://specs.apollo.dev/join/v";
    /** Linked specs whose meaning the split keeps (inaccessible) or clients never need (tag, link itself). */
    private static final List<String> UNDERSTOOD_SPECS = List.of("https://specs.apollo.dev/link/",
            JOIN_SPEC, "https://specs.apollo.dev/inaccessible/", "https://specs.apollo.dev/tag/");
    /** The federation directives the split subgraphs use, imported by name like a subgraph would. */
    private static final String LINK = "extend schema @link(url: \"" + Federation.SPEC_URL + ".3\", import: "
            + "[\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@provides\", \"@inaccessible\", "
            + "\"@interfaceObject\"])\n";

    private final String join;
    /** A {@code join__Graph} value's subgraph. */
    private record Graph(String name, String url) {
    }

    private final Map<String, Graph> graphs = new LinkedHashMap<>();
    private final Map<String, List<Definition<?>>> definitions = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** Implementations' fields an {@code @interfaceObject} gives them ({@code Type.field}): no graph declares them. */
    private final Set<String> fromInterfaceObjects = new HashSet<>();

    private SupergraphSdl(String join) {
        this.join = join;
    }

    /**
     * The subgraphs a supergraph SDL was composed from, each with the URL it names.
     *
     * @param source where the SDL came from, for messages (a file or URL)
     */
    public static List<SubgraphSdl> split(String source, String supergraph) throws CompositionException {
        Document document;
        try {
            document = Parser.parse(supergraph);
        } catch (InvalidSyntaxException e) {
            throw new CompositionException(List.of("supergraph " + source + ": does not parse: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        String join = null;
        for (Directive link : links(document)) {
            String url = Federation.stringArgument(link, "url").orElse("");
            if (url.startsWith(JOIN_SPEC)) {
                if (url.startsWith(JOIN_SPEC + "0.1")) {
                    problems.add("supergraph " + source + ": join " + url + " (Federation 1 supergraphs) is not "
                            + "supported; compose it with Federation 2 (join v0.2 or later)");
                }
                join = Federation.stringArgument(link, "as").orElse("join");
            } else if (UNDERSTOOD_SPECS.stream().noneMatch(url::startsWith) && link.getArgument("for") != null
                    && link.getArgument("for").getValue() instanceof EnumValue purpose) {
                // a feature linked for EXECUTION or SECURITY changes what a gateway must do: never ignore one
                problems.add("supergraph " + source + ": links " + url + " for " + purpose.getName()
                        + ", which this gateway does not implement");
            }
        }
        if (join == null) {
            problems.add("supergraph " + source + ": no @link to " + JOIN_SPEC + "…: not a supergraph SDL");
        }
        if (!problems.isEmpty()) {
            throw new CompositionException(problems);
        }
        SupergraphSdl split = new SupergraphSdl(join);
        split.read(document);
        if (!split.problems.isEmpty()) {
            throw new CompositionException(split.problems.stream().map(p -> "supergraph " + source + ": " + p)
                    .toList());
        }
        return split.graphs.values().stream().map(graph -> new SubgraphSdl(graph.name(), graph.url(),
                LINK + String.join("\n", definitions(split, graph.name())))).toList();
    }

    private static List<String> definitions(SupergraphSdl split, String graph) {
        return split.definitions.getOrDefault(graph, List.of()).stream().map(AstPrinter::printAst).toList();
    }

    private static List<Directive> links(Document document) {
        return document.getDefinitionsOfType(SchemaDefinition.class).stream()
                .flatMap(schema -> schema.getDirectives().stream()).filter(d -> d.getName().equals("link")).toList();
    }

    private void read(Document document) {
        document.getDefinitionsOfType(EnumTypeDefinition.class).stream()
                .filter(e -> e.getName().equals(join + "__Graph")).findFirst()
                .ifPresentOrElse(graphEnum -> graphEnum.getEnumValueDefinitions().forEach(value ->
                        directives(value, "graph").findFirst().ifPresentOrElse(
                                graph -> graphs.put(value.getName(), new Graph(string(graph, "name")
                                        .orElse(value.getName()), string(graph, "url").orElse(""))),
                                () -> problems.add(join + "__Graph." + value.getName() + " has no @" + join
                                        + "__graph(name:, url:)"))),
                        () -> problems.add("no enum " + join + "__Graph: it names no subgraph"));
        graphs.values().stream().filter(graph -> graph.url().isBlank()).forEach(graph ->
                problems.add("subgraph " + graph.name() + " has no URL in its @" + join + "__graph"));
        Map<String, List<FieldDefinition>> standIns = new LinkedHashMap<>();
        document.getDefinitionsOfType(InterfaceTypeDefinition.class).stream()
                .filter(face -> directives(face, "type").anyMatch(d -> bool(d, "isInterfaceObject")))
                .forEach(face -> standIns.put(face.getName(), face.getFieldDefinitions()));
        document.getDefinitionsOfType(ObjectTypeDefinition.class).forEach(object -> object.getImplements().stream()
                .map(face -> standIns.getOrDefault(((TypeName) face).getName(), List.of())).flatMap(List::stream)
                .forEach(field -> fromInterfaceObjects.add(object.getName() + "." + field.getName())));
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> type && !isSpecType(type.getName())) {
                split(type);
            } else if (definition instanceof DirectiveDefinition directive && !isSpecType(directive.getName())) {
                // the supergraph's own directives (composed ones such as @constraint) are every subgraph's
                graphs.values().forEach(graph -> add(graph.name(), directive));
            }
        }
    }

    private boolean isSpecType(String name) {
        return name.startsWith(join + "__") || name.startsWith("link__") || name.equals("link")
                || name.equals("inaccessible") || name.equals("tag") || name.startsWith("inaccessible__")
                || name.startsWith("tag__") || List.of("skip", "include", "deprecated", "specifiedBy", "oneOf",
                        "defer", "stream").contains(name);
    }

    private void split(TypeDefinition<?> type) {
        List<Directive> joinTypes = directives(type, "type").toList();
        Set<String> typeGraphs = new LinkedHashSet<>();
        joinTypes.forEach(d -> typeGraphs.add(graphOf(d)));
        if (joinTypes.isEmpty()) {
            typeGraphs.addAll(graphs.keySet());
        }
        for (String graph : typeGraphs) {
            if (!graphs.containsKey(graph)) {
                problems.add("type " + type.getName() + " names graph " + graph + ", which " + join
                        + "__Graph does not define");
                continue;
            }
            List<Directive> own = new ArrayList<>(kept(type.getDirectives()));
            joinTypes.stream().filter(d -> graphOf(d).equals(graph) && d.getArgument("key") != null)
                    .forEach(d -> own.add(key(d)));
            if (joinTypes.stream().anyMatch(d -> graphOf(d).equals(graph) && bool(d, "isInterfaceObject"))) {
                own.add(directive("interfaceObject", List.of()));
            }
            TypeDefinition<?> part = part(type, graph, typeGraphs, own);
            if (part != null) {
                add(graphName(graph), part);
            }
        }
    }

    private TypeDefinition<?> part(TypeDefinition<?> type, String graph, Set<String> typeGraphs, List<Directive> own) {
        if (type instanceof ObjectTypeDefinition object) {
            List<FieldDefinition> fields = fields(object.getName(), object.getFieldDefinitions(), graph, typeGraphs);
            // a subgraph with no Query field of its own still has a Query: its _entities
            return fields.isEmpty() && !object.getName().equals("Query") ? null : ObjectTypeDefinition.newObjectTypeDefinition().name(object.getName())
                    .description(object.getDescription()).directives(own)
                    .implementz(implemented(object, object.getImplements(), graph)).fieldDefinitions(fields).build();
        }
        if (type instanceof InterfaceTypeDefinition face) {
            List<FieldDefinition> fields = fields(face.getName(), face.getFieldDefinitions(), graph, typeGraphs);
            // the graph knows the interface as an object type of that name, its @interfaceObject
            if (!fields.isEmpty() && own.stream().anyMatch(d -> d.getName().equals("interfaceObject"))) {
                return ObjectTypeDefinition.newObjectTypeDefinition().name(face.getName())
                        .description(face.getDescription()).directives(own).fieldDefinitions(fields).build();
            }
            return fields.isEmpty() ? null : face.transform(b -> b.directives(own)
                    .implementz(implemented(face, face.getImplements(), graph)).definitions(fields));
        }
        if (type instanceof UnionTypeDefinition union) {
            List<Directive> members = directives(union, "unionMember").toList();
            List<Type> ofGraph = members.isEmpty() ? union.getMemberTypes() : members.stream()
                    .filter(d -> graphOf(d).equals(graph))
                    .map(d -> (Type) new TypeName(string(d, "member").orElse(""))).toList();
            return union.transform(b -> b.directives(own).memberTypes(ofGraph));
        }
        if (type instanceof EnumTypeDefinition enumType) {
            List<EnumValueDefinition> values = enumType.getEnumValueDefinitions().stream()
                    .filter(value -> inGraph(value, "enumValue", graph))
                    .map(value -> value.transform(b -> b.directives(kept(value.getDirectives())))).toList();
            return enumType.transform(b -> b.directives(own).enumValueDefinitions(values));
        }
        if (type instanceof InputObjectTypeDefinition input) {
            List<InputValueDefinition> values = input.getInputValueDefinitions().stream()
                    .filter(value -> inGraph(value, "field", graph))
                    .map(value -> value.transform(b -> b.directives(kept(value.getDirectives())))).toList();
            return input.transform(b -> b.directives(own).inputValueDefinitions(values));
        }
        if (type instanceof ScalarTypeDefinition scalar) {
            return scalar.transform(b -> b.directives(own));
        }
        problems.add("type " + type.getName() + ": a " + type.getClass().getSimpleName() + " is not supported");
        return null;
    }

    /** An element without {@code @join__*(graph:)} belongs to every graph of its type. */
    private boolean inGraph(DirectivesContainer<?> element, String joinDirective, String graph) {
        List<Directive> joins = directives(element, joinDirective).toList();
        return joins.isEmpty() || joins.stream().anyMatch(d -> graph.equals(graphOf(d)));
    }

    private List<Type> implemented(TypeDefinition<?> type, List<Type> all, String graph) {
        List<Directive> implementations = directives(type, "implements").toList();
        return implementations.isEmpty() ? all : implementations.stream().filter(d -> graphOf(d).equals(graph))
                .map(d -> (Type) new TypeName(string(d, "interface").orElse(""))).toList();
    }

    /** The fields {@code graph} declares, with its {@code @external}, {@code @requires} and {@code @provides}. */
    private List<FieldDefinition> fields(String typeName, List<FieldDefinition> all, String graph,
            Set<String> typeGraphs) {
        List<FieldDefinition> fields = new ArrayList<>();
        for (FieldDefinition field : all) {
            List<Directive> joins = directives(field, "field").toList();
            String where = typeName + "." + field.getName();
            joins.stream().filter(d -> d.getArgument("graph") == null && !fromInterfaceObjects.contains(where))
                    .findFirst().ifPresent(d -> problems.add(
                    where + " has a @" + join + "__field without graph (a field no subgraph declares): not supported"));
            joins.stream().filter(d -> d.getArgument("overrideLabel") != null).findFirst().ifPresent(d -> problems
                    .add(where + ": progressive @override (label " + string(d, "overrideLabel").orElse("")
                            + ") is not supported"));
            joins.stream().filter(d -> d.getArgument("contextArguments") != null).findFirst().ifPresent(d -> problems
                    .add(where + ": arguments from a @context (@fromContext) are not supported"));
            Optional<Directive> mine = joins.stream().filter(d -> graph.equals(graphOf(d))).findFirst();
            if (joins.isEmpty() ? !typeGraphs.contains(graph) : mine.isEmpty()) {
                continue;
            }
            // resolvable in several graphs: each declares it shareable, as their subgraphs had to
            long resolvers = joins.isEmpty() ? typeGraphs.size()
                    : joins.stream().filter(d -> !bool(d, "external") && !bool(d, "usedOverridden")).count();
            List<Directive> own = new ArrayList<>(kept(field.getDirectives()));
            Type<?> type = field.getType();
            if (mine.isPresent()) {
                Directive d = mine.get();
                // a field kept in an overridden graph only because a key there names it is resolved elsewhere
                boolean external = bool(d, "external") || bool(d, "usedOverridden");
                if (external) {
                    own.add(directive("external", List.of()));
                }
                string(d, "requires").ifPresent(set -> own.add(fieldSet("requires", set)));
                string(d, "provides").ifPresent(set -> own.add(fieldSet("provides", set)));
                if (resolvers > 1 && !external) {
                    own.add(directive("shareable", List.of()));
                }
                Optional<String> ownType = string(d, "type");
                if (ownType.isPresent()) {
                    type = Parser.parseType(ownType.get());
                }
            } else if (resolvers > 1) {
                own.add(directive("shareable", List.of()));
            }
            Type<?> declared = type;
            fields.add(field.transform(b -> b.directives(own).type(declared).inputValueDefinitions(
                    field.getInputValueDefinitions().stream()
                            .map(v -> v.transform(vb -> vb.directives(kept(v.getDirectives())))).toList())));
        }
        return fields;
    }

    private void add(String graph, Definition<?> definition) {
        definitions.computeIfAbsent(graph, ignored -> new ArrayList<>()).add(definition);
    }

    /** The name a graph's subgraph goes by (its {@code @join__graph(name:)}), by its enum value. */
    private String graphName(String graph) {
        Graph named = graphs.get(graph);
        return named == null ? graph : named.name();
    }

    private java.util.stream.Stream<Directive> directives(DirectivesContainer<?> element, String name) {
        return element.getDirectives().stream().filter(d -> d.getName().equals(join + "__" + name));
    }

    /** The supergraph's own directives on an element (join's dropped): {@code @inaccessible}, composed ones. */
    private List<Directive> kept(List<Directive> directives) {
        return directives.stream().filter(d -> !d.getName().startsWith(join + "__")).toList();
    }

    private static Directive key(Directive joinType) {
        List<Argument> arguments = new ArrayList<>();
        arguments.add(new Argument("fields", joinType.getArgument("key").getValue()));
        if (!boolOr(joinType, "resolvable", true)) {
            arguments.add(new Argument("resolvable", BooleanValue.of(false)));
        }
        return directive("key", arguments);
    }

    private static Directive fieldSet(String name, String fields) {
        return directive(name, List.of(new Argument("fields", StringValue.of(fields))));
    }

    private static Directive directive(String name, List<Argument> arguments) {
        return Directive.newDirective().name(name).arguments(arguments).build();
    }

    private static String graphOf(Directive joinDirective) {
        Argument graph = joinDirective.getArgument("graph");
        return graph != null && graph.getValue() instanceof EnumValue value ? value.getName() : "";
    }

    private static Optional<String> string(Directive directive, String name) {
        return Federation.stringArgument(directive, name);
    }

    private static boolean bool(Directive directive, String name) {
        return boolOr(directive, name, false);
    }

    private static boolean boolOr(Directive directive, String name, boolean otherwise) {
        Argument argument = directive.getArgument(name);
        return argument != null && argument.getValue() instanceof BooleanValue value ? value.isValue() : otherwise;
    }
}
