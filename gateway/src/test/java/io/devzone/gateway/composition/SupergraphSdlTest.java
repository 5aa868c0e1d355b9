package io.devzone.gateway.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

import io.devzone.gateway.execution.GatewayWiring;

class SupergraphSdlTest {

    private final Composer composer = new Composer(new GatewayWiring());

    /** Apollo's composition of DevZone's pinned subgraphs (supergraph/devzone.graphql.snap, made by compose.mjs). */
    static String devzoneSupergraph() throws IOException {
        try (InputStream in = SupergraphSdlTest.class.getResourceAsStream("/supergraph/devzone.graphql.snap")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void apollosSupergraphOfDevZoneServesTheSameApiAsComposingTheSubgraphs() throws Exception {
        Supergraph fromFile = composer.compose(SupergraphSdl.split("devzone.graphql", devzoneSupergraph()));
        Supergraph live = composer.compose(PinnedSubgraphs.all());

        assertEquals(api(live.schema()), api(fromFile.schema()));
        assertEquals(List.of("investment", "land", "party-affairs"),
                fromFile.subgraphs().stream().map(Subgraph::name).sorted().toList());
        assertEquals("http://localhost:8082/graphql", fromFile.subgraph("land").url());
        // the planner's facts agree too: who resolves a joined field, and by which key
        assertEquals(live.resolvers("Enterprise", "partyActivities"),
                fromFile.resolvers("Enterprise", "partyActivities"));
        assertEquals(live.entityKey("party-affairs", "Enterprise"), fromFile.entityKey("party-affairs", "Enterprise"));
    }

    @Test
    void keysExternalRequiresValueTypesAndEntityOnlySubgraphsComeBackPerSubgraph() throws Exception {
        String supergraph = """
                schema @link(url: "https://specs.apollo.dev/link/v1.0")
                  @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) { query: Query }
                directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false,
                  resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
                scalar join__FieldSet
                enum join__Graph {
                  A @join__graph(name: "a", url: "http://a/graphql")
                  B @join__graph(name: "b", url: "http://b/graphql")
                  C @join__graph(name: "c", url: "http://c/graphql")
                }
                type Project @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
                  id: ID!
                  owner: Person @join__field(graph: A)
                  budget: Int @join__field(graph: A) @join__field(graph: B, external: true)
                  label: String @join__field(graph: B, requires: "budget")
                }
                type Person @join__type(graph: A, key: "id", resolvable: false) @join__type(graph: B, key: "id")
                    @join__type(graph: C, key: "id") {
                  id: ID!
                  name: String @join__field(graph: B)
                  age: Int @join__field(graph: C)
                }
                type Money @join__type(graph: A) @join__type(graph: B) { amount: Int }
                type Query @join__type(graph: A) @join__type(graph: B) @join__type(graph: C) {
                  project(id: ID!): Project @join__field(graph: A)
                  price: Money @join__field(graph: B)
                }
                """;
        Supergraph composed = composer.compose(SupergraphSdl.split("test", supergraph));

        assertEquals(List.of("a"), composed.resolvers("Project", "budget"));
        assertEquals(List.of("b"), composed.resolvers("Project", "label"));
        assertEquals("budget", composed.requires("Project", "label", "b").orElseThrow());
        assertEquals(List.of("a", "b"), composed.resolvers("Money", "amount"));
        assertEquals("id", composed.entityKey("b", "Project").orElseThrow());
        // resolvable: false: a gives Person references, it takes none
        assertTrue(composed.entityKey("a", "Person").isEmpty());
        assertEquals("id", composed.entityKey("b", "Person").orElseThrow());
        // c has no Query field of its own: it is reached through _entities only
        assertEquals(List.of("c"), composed.resolvers("Person", "age"));
    }

    @Test
    void anInterfaceJoinedAsAnInterfaceObjectIsThatSubgraphsInterfaceObject() throws Exception {
        String supergraph = """
                schema @link(url: "https://specs.apollo.dev/link/v1.0")
                  @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) { query: Query }
                enum join__Graph {
                  A @join__graph(name: "accounts", url: "http://a/graphql")
                  B @join__graph(name: "names", url: "http://b/graphql")
                }
                interface Account @join__type(graph: A, key: "id") @join__type(graph: B, key: "id", isInterfaceObject: true) {
                  id: ID!
                  name: String @join__field(graph: B)
                }
                type Admin implements Account @join__implements(graph: A, interface: "Account")
                    @join__type(graph: A, key: "id") {
                  id: ID!
                  isMain: Boolean! @join__field(graph: A)
                  name: String @join__field
                }
                type Query @join__type(graph: A) @join__type(graph: B) {
                  accounts: [Account] @join__field(graph: B)
                }
                """;
        Supergraph composed = composer.compose(SupergraphSdl.split("test", supergraph));

        assertEquals(List.of("names"), composed.resolvers("Admin", "name"));
        assertEquals("Account", composed.typeIn("names", "Admin"));
        assertEquals(List.of("id"), composed.entityKeys("accounts", "Account"));
    }

    @Test
    void whatThePlannerCannotExpressIsRefusedNamingTheTypeAndField() {
        String head = """
                schema @link(url: "https://specs.apollo.dev/link/v1.0")
                  @link(url: "https://specs.apollo.dev/join/v0.5", for: EXECUTION) %s { query: Query }
                enum join__Graph { A @join__graph(name: "a", url: "http://a/graphql") }
                """;
        CompositionException progressive = assertThrows(CompositionException.class, () -> SupergraphSdl.split(
                "s.graphql", head.formatted("") + """
                        type Query @join__type(graph: A) { n: Int @join__field(graph: A, overrideLabel: "percent(5)") }
                        """));
        assertTrue(progressive.problems().get(0).contains("Query.n: progressive @override"),
                progressive.problems()::toString);

        CompositionException security = assertThrows(CompositionException.class, () -> SupergraphSdl.split(
                "s.graphql", head.formatted(
                        "@link(url: \"https://specs.apollo.dev/authenticated/v0.1\", for: SECURITY)")
                        + "type Query @join__type(graph: A) { n: Int }"));
        assertEquals(List.of("supergraph s.graphql: links https://specs.apollo.dev/authenticated/v0.1 for SECURITY, "
                + "which this gateway does not implement"), security.problems());

        CompositionException notASupergraph = assertThrows(CompositionException.class,
                () -> SupergraphSdl.split("s.graphql", "type Query { n: Int }"));
        assertTrue(notASupergraph.problems().get(0).contains("not a supergraph SDL"));
    }

    /** Every client-visible type by name: its kind and its fields, arguments, values or members with their types. */
    private static Map<String, String> api(GraphQLSchema schema) {
        Map<String, String> api = new TreeMap<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            String shape;
            if (type instanceof GraphQLFieldsContainer container) {
                shape = container.getFieldDefinitions().stream().map(SupergraphSdlTest::field).sorted()
                        .collect(Collectors.joining(", "));
            } else if (type instanceof GraphQLInputObjectType input) {
                shape = input.getFieldDefinitions().stream()
                        .map(f -> f.getName() + ": " + GraphQLTypeUtil.simplePrint(f.getType())).sorted()
                        .collect(Collectors.joining(", "));
            } else if (type instanceof GraphQLEnumType enumType) {
                shape = enumType.getValues().stream().map(v -> v.getName()).sorted().collect(Collectors.joining(" "));
            } else if (type instanceof GraphQLUnionType union) {
                shape = union.getTypes().stream().map(GraphQLNamedType::getName).sorted()
                        .collect(Collectors.joining(" | "));
            } else {
                shape = "";
            }
            api.put(type.getName(), type.getClass().getSimpleName() + " " + shape);
        }
        return api;
    }

    private static String field(GraphQLFieldDefinition field) {
        return field.getName() + field.getArguments().stream()
                .map(a -> a.getName() + ": " + GraphQLTypeUtil.simplePrint(a.getType()))
                .collect(Collectors.joining(", ", "(", ")")) + ": " + GraphQLTypeUtil.simplePrint(field.getType());
    }
}
