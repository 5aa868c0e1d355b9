package io.devzone.gateway.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;

import io.devzone.gateway.execution.GatewayWiring;

class ComposerTest {

    private final Composer composer = new Composer(new GatewayWiring());

    @Test
    void composesTheDepartmentsIntoOneSchema() throws CompositionException {
        Supergraph supergraph = composer.compose(Subgraphs.DEVZONE);

        GraphQLObjectType project = supergraph.schema().getObjectType("InvestmentProject");
        assertNotNull(project.getFieldDefinition("name"));
        assertNotNull(project.getFieldDefinition("landParcels"), "land's contribution to InvestmentProject");
        assertNotNull(supergraph.schema().getObjectType("Enterprise").getFieldDefinition("partyActivities"));
        assertEquals(List.of("investment", "land"), supergraph.resolvers("InvestmentProject", "id"));
        assertEquals(List.of("land"), supergraph.resolvers("InvestmentProject", "landParcels"));
        assertEquals(List.of("investment"), supergraph.resolvers("Query", "investmentProjects"));
        assertEquals("id", supergraph.entityKey("land", "InvestmentProject").orElseThrow());
    }

    @Test
    void clientsNeverSeeTheFederationProtocol() throws CompositionException {
        Supergraph supergraph = composer.compose(Subgraphs.DEVZONE);

        assertNull(supergraph.schema().getQueryType().getFieldDefinition("_entities"));
        assertNull(supergraph.schema().getQueryType().getFieldDefinition("_service"));
        assertNull(supergraph.schema().getType("_Any"));
        assertNull(supergraph.schema().getType("_Entity"));
        assertFalse(supergraph.sdl().contains("@key"), supergraph.sdl());
        assertTrue(supergraph.sdl().contains("landParcels: [LandParcel!]!"), supergraph.sdl());
    }

    @Test
    void aNewSubgraphFieldAppearsWithoutGatewayChange() throws CompositionException {
        SubgraphSdl landWithMore = Subgraphs.named("land", """
                type LandParcel @key(fields: "id") { id: ID! code: String! areaMu: Float floodZone: Boolean }
                type InvestmentProject @key(fields: "id") { id: ID! landParcels: [LandParcel!]! }
                type Query { landParcel(id: ID!): LandParcel }
                """);

        Supergraph supergraph = composer.compose(List.of(Subgraphs.INVESTMENT, landWithMore, Subgraphs.PARTY));

        assertNotNull(supergraph.schema().getObjectType("LandParcel").getFieldDefinition("floodZone"));
    }

    @Test
    void inaccessibleFieldsAndTypesAreHidden() throws CompositionException {
        SubgraphSdl land = Subgraphs.named("land", """
                type LandParcel @key(fields: "id") { id: ID! code: String! ownerIdCard: String @inaccessible }
                type Internal @inaccessible { secret: String }
                type Query { landParcel(id: ID!): LandParcel internal: Internal @inaccessible }
                """);

        Supergraph supergraph = composer.compose(List.of(land));

        assertNull(supergraph.schema().getObjectType("LandParcel").getFieldDefinition("ownerIdCard"));
        assertNull(supergraph.schema().getType("Internal"));
        assertNull(supergraph.schema().getQueryType().getFieldDefinition("internal"));
    }

    @Test
    void inaccessibleArgumentsEnumValuesAndInputFieldsAreHiddenWhereverOneSubgraphHidesThem()
            throws CompositionException {
        SubgraphSdl a = Subgraphs.named("a", """
                enum Stage { LEAD SIGNED }
                input Filter { name: String stage: Stage }
                type Query { projects(filter: Filter, stage: Stage): [Stage] }
                """);
        SubgraphSdl b = Subgraphs.named("b", """
                enum Stage { LEAD SIGNED ARCHIVED @inaccessible }
                input Filter { name: String stage: Stage @inaccessible }
                type Query { archived(filter: Filter, stage: Stage = ARCHIVED @inaccessible): [Stage] }
                """);

        Supergraph supergraph = composer.compose(List.of(a, b));

        GraphQLEnumType stage = supergraph.schema().getTypeAs("Stage");
        assertEquals(List.of("LEAD", "SIGNED"),
                stage.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList());
        GraphQLInputObjectType filter = supergraph.schema().getTypeAs("Filter");
        assertEquals(List.of("name"), filter.getFields().stream().map(GraphQLInputObjectField::getName).toList());
        assertEquals(List.of("filter"), supergraph.schema().getQueryType().getFieldDefinition("archived")
                .getArguments().stream().map(GraphQLArgument::getName).toList());
        assertEquals(Set.of("Stage"), supergraph.enumsWithHiddenValues());
        assertEquals(Set.of(), composer.compose(Subgraphs.DEVZONE).enumsWithHiddenValues());
    }

    @Test
    void aRequiredArgumentOrInputFieldMayNotBeInaccessible() {
        SubgraphSdl a = Subgraphs.named("a", """
                input Filter { name: String! @inaccessible code: String }
                type Query { projects(filter: Filter, year: Int! @inaccessible, page: Int! = 0 @inaccessible): [ID] }
                """);

        CompositionException e = assertThrows(CompositionException.class, () -> composer.compose(List.of(a)));

        assertEquals(List.of("Filter.name is required, so it may not be @inaccessible",
                "Query.projects(year:) is required, so it may not be @inaccessible"), e.problems());
    }

    @Test
    void shareableValueTypesMayComeFromSeveralSubgraphs() throws CompositionException {
        SubgraphSdl a = Subgraphs.named("a", "type Money @shareable { amount: Float unit: String } type Query { a: Money }");
        SubgraphSdl b = Subgraphs.named("b", "type Money @shareable { amount: Float unit: String } type Query { b: Money }");

        Supergraph supergraph = composer.compose(List.of(a, b));

        assertEquals(List.of("a", "b"), supergraph.resolvers("Money", "amount"));
    }

    @Test
    void aFieldResolvedTwiceMustBeShareable() {
        SubgraphSdl a = Subgraphs.named("a", "type Money { amount: Float } type Query { a: Money }");
        SubgraphSdl b = Subgraphs.named("b", "type Money @shareable { amount: Float } type Query { b: Money }");

        CompositionException e = assertThrows(CompositionException.class, () -> composer.compose(List.of(a, b)));

        assertEquals(List.of("subgraph a: Money.amount is also resolved by subgraph(s) [b] but is not @shareable here"),
                e.problems());
    }

    @Test
    void conflictingFieldTypesNameSubgraphTypeAndField() {
        SubgraphSdl land = Subgraphs.named("land", """
                type InvestmentProject @key(fields: "id") { id: ID! name: Int @external landParcels: [String] }
                type Query { x: Int }
                """);

        CompositionException e = assertThrows(CompositionException.class,
                () -> composer.compose(List.of(Subgraphs.INVESTMENT, land)));

        assertEquals(List.of("subgraph land: InvestmentProject.name has type Int but String! elsewhere"), e.problems());
    }

    @Test
    void federationVersion1SubgraphsComposeAsApolloUpgradesThem() throws CompositionException {
        // no @link: extension key fields marked @external are resolved here all the same, other fields shared freely
        SubgraphSdl a = new SubgraphSdl("a", "http://a/graphql", """
                type Query { randomUser: User }
                extend type User @key(fields: "id") { id: ID! @external name: String! @external rid: ID }
                """);
        SubgraphSdl b = new SubgraphSdl("b", "http://b/graphql", """
                type Query { userById(id: ID): User }
                type User @key(fields: "id") { id: ID! name: String! nickname: String }
                type Money { amount: Int }
                """);
        SubgraphSdl c = new SubgraphSdl("c", "http://c/graphql", "type Money { amount: Int } type Query { m: Money }");

        Supergraph supergraph = composer.compose(List.of(a, b, c));

        assertEquals(List.of("a", "b"), supergraph.resolvers("User", "id"));
        assertEquals(List.of("b"), supergraph.resolvers("User", "name"));
        assertEquals(List.of("a"), supergraph.resolvers("User", "rid"));
        assertEquals(List.of("b", "c"), supergraph.resolvers("Money", "amount"));
        assertEquals("id", supergraph.entityKey("a", "User").orElseThrow());
    }

    @Test
    void aFieldTakesTheMostGeneralOfItsTypes() throws CompositionException {
        SubgraphSdl a = Subgraphs.named("a", """
                type Product @key(fields: "id") { id: ID! pid: String! @shareable }
                type Book { title: String @shareable }
                type Query { book: Book @shareable products: [Product!]! }
                """);
        SubgraphSdl b = Subgraphs.named("b", """
                type Product @key(fields: "id") { id: ID pid: String @shareable }
                type Book { title: String @shareable } type Song { title: String }
                union Media = Book | Song
                type Query { book: Media @shareable }
                """);
        SubgraphSdl c = Subgraphs.named("c", "type Product @key(fields: \"id\") { id: ID! pid: String! @shareable }");

        Supergraph supergraph = composer.compose(List.of(a, b, c));

        GraphQLObjectType product = supergraph.schema().getObjectType("Product");
        assertEquals("ID", GraphQLTypeUtil.simplePrint(product.getFieldDefinition("id").getType()));
        assertEquals("String", GraphQLTypeUtil.simplePrint(product.getFieldDefinition("pid").getType()));
        assertEquals("Media",
                GraphQLTypeUtil.simplePrint(supergraph.schema().getQueryType().getFieldDefinition("book").getType()));
    }

    @Test
    void everyKeyFieldIsShareableAtAnyDepthResolvableOrNot() throws CompositionException {
        String a = """
                type A @key(fields: "id") @key(fields: "compositeId { one }", resolvable: false) {
                  id: ID! pId: ID! compositeId: CompositeID! }
                type CompositeID { one: ID! }
                """;
        SubgraphSdl first = Subgraphs.named("a", a.replace("@key(fields: \"id\")", "@key(fields: \"id\") "
                + "@key(fields: \"pId\", resolvable: false)"));
        SubgraphSdl second = Subgraphs.named("b", a.replace("@key(fields: \"id\")", "@key(fields: \"pId\") "
                + "@key(fields: \"id\", resolvable: false)")
                + "type Query { a: A }");

        Supergraph supergraph = composer.compose(List.of(first, second));

        assertEquals(List.of("a", "b"), supergraph.resolvers("CompositeID", "one"));
        assertEquals(List.of("a", "b"), supergraph.resolvers("A", "pId"));
    }

    @Test
    void anOverriddenFieldIsResolvedOnlyByTheSubgraphThatTookItOver() throws CompositionException {
        SubgraphSdl a = Subgraphs.named("a", """
                type Post @key(fields: "id") { id: ID! createdAt: String! }
                type Query { feed: [Post] }
                """);
        SubgraphSdl b = Subgraphs.named("b", """
                type Post @key(fields: "id") { id: ID! createdAt: String! @override(from: "a") }
                """);

        Supergraph supergraph = composer.compose(List.of(a, b));

        assertEquals(List.of("b"), supergraph.resolvers("Post", "createdAt"));
    }

    @Test
    void externalOnATypeMarksEachOfItsFields() throws CompositionException {
        SubgraphSdl a = Subgraphs.named("a", """
                type Product @key(fields: "upc") { upc: String! category: Category @external
                  expensive: Boolean @requires(fields: "category { averagePrice }") }
                type Category @external { averagePrice: Int }
                """);
        SubgraphSdl b = Subgraphs.named("b", """
                type Product @key(fields: "upc") { upc: String! category: Category }
                type Category { averagePrice: Int }
                type Query { products: [Product] }
                """);

        Supergraph supergraph = composer.compose(List.of(a, b));

        assertEquals(List.of("b"), supergraph.resolvers("Category", "averagePrice"));
        assertEquals(List.of("a"), supergraph.resolvers("Product", "expensive"));
    }

    @Test
    void anUnparsableSdlNamesItsSubgraph() {
        SubgraphSdl broken = new SubgraphSdl("broken", "http://broken/graphql", "type Query {");

        CompositionException e = assertThrows(CompositionException.class, () -> composer.compose(List.of(broken)));

        assertTrue(e.problems().get(0).startsWith("subgraph broken: its SDL does not parse"), e.getMessage());
    }

    /** {@code @constraint} as SmallRye GraphQL declares it for Bean Validation annotations. */
    private static final String CONSTRAINT = """
            "Indicates a Bean Validation constraint"
            directive @constraint(format: String, max: BigInteger, maxFloat: BigDecimal, maxLength: Int, \
            min: BigInteger, minFloat: BigDecimal, minLength: Int, pattern: String) repeatable \
            on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
            directive @internal on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
            scalar BigInteger
            scalar BigDecimal
            """;

    @Test
    void constraintsOnInputFieldsAndArgumentsReachClients() throws CompositionException {
        SubgraphSdl investment = Subgraphs.named("investment", CONSTRAINT + """
                input EnterpriseInput {
                  name: String! @constraint(minLength: 1, maxLength: 200) @internal
                  taxPaidCny: BigDecimal @constraint(minFloat: 0, maxFloat: 9999999999999999.99)
                  creditCode: String @constraint(pattern: "[0-9A-Z]{18}")
                }
                type Enterprise @key(fields: "id") { id: ID! name: String! }
                type Query { enterprises(size: Int @constraint(min: 1, max: 200) @internal): [Enterprise!]! }
                type Mutation { createEnterprise(input: EnterpriseInput!): Enterprise }
                """);

        Supergraph supergraph = composer.compose(List.of(investment));

        assertNotNull(supergraph.schema().getDirective("constraint"));
        String sdl = supergraph.sdl();
        assertTrue(sdl.contains("directive @constraint(format: String, max: BigInteger, maxFloat: BigDecimal,"
                + " maxLength: Int, min: BigInteger, minFloat: BigDecimal, minLength: Int, pattern: String) repeatable"
                + " on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION"), sdl);
        assertTrue(sdl.contains("name: String! @constraint(maxLength : 200, minLength : 1)"), sdl);
        assertTrue(sdl.contains("taxPaidCny: BigDecimal @constraint(maxFloat : 9999999999999999.99, minFloat : 0)"),
                sdl);
        assertTrue(sdl.contains("creditCode: String @constraint(pattern : \"[0-9A-Z]{18}\")"), sdl);
        assertTrue(sdl.contains("enterprises(size: Int @constraint(max : 200, min : 1)): [Enterprise!]!"), sdl);
        assertFalse(sdl.contains("internal"), sdl);
        assertFalse(sdl.contains("@key"), sdl);
    }

    @Test
    void anInputFieldKeepsItsConstraintsOnlyWhereEverySubgraphDeclaresTheSame() throws CompositionException {
        SubgraphSdl a = Subgraphs.named("a", CONSTRAINT + """
                input PeriodInput { note: String @constraint(maxLength: 100) code: String @constraint(maxLength: 8)
                  size: Int @constraint(min: 1, max: 200) }
                type Query { a(period: PeriodInput, q: String @constraint(maxLength: 50)): Int @shareable }
                """);
        SubgraphSdl b = Subgraphs.named("b", CONSTRAINT + """
                input PeriodInput { note: String @constraint(maxLength: 200) code: String @constraint(maxLength: 8)
                  size: Int @constraint(max: 200, min: 1) }
                type Query { a(period: PeriodInput, q: String): Int @shareable }
                """);

        String sdl = composer.compose(List.of(a, b)).sdl();

        assertTrue(sdl.contains("code: String @constraint(maxLength : 8)"), sdl);
        assertTrue(sdl.contains("size: Int @constraint(max : 200, min : 1)"), "argument order is no disagreement");
        assertTrue(sdl.contains("  note: String\n"), "100 here, 200 there: no limit is shown\n" + sdl);
        assertTrue(sdl.contains("a(period: PeriodInput, q: String): Int"), "an argument likewise\n" + sdl);
    }

    @Test
    void subgraphsThatDefineTheDirectiveDifferentlyShowNoConstraintsButStillCompose() throws CompositionException {
        SubgraphSdl a = Subgraphs.named("a", CONSTRAINT
                + "type Query { a(q: String @constraint(maxLength: 50)): Int }");
        SubgraphSdl b = Subgraphs.named("b", "directive @constraint(maxLength: Int) on ARGUMENT_DEFINITION\n"
                + "type Query { b(q: String @constraint(maxLength: 50)): Int }");

        Supergraph supergraph = composer.compose(List.of(a, b));

        assertNull(supergraph.schema().getDirective("constraint"));
        assertFalse(supergraph.sdl().contains("constraint"), supergraph.sdl());
        assertTrue(supergraph.sdl().contains("a(q: String): Int"), supergraph.sdl());
    }

    @Test
    void requiresIsRecordedForThePlanner() throws CompositionException {
        SubgraphSdl shipping = Subgraphs.named("shipping", """
                type InvestmentProject @key(fields: "id") {
                  id: ID! name: String! @external label: String @requires(fields: "name")
                }
                type Query { y: Int }
                """);

        Supergraph supergraph = composer.compose(List.of(Subgraphs.INVESTMENT, shipping));

        assertEquals("name", supergraph.requires("InvestmentProject", "label", "shipping").orElseThrow());
        assertEquals(List.of("investment"), supergraph.resolvers("InvestmentProject", "name"));
    }

    @Test
    void anInterfaceObjectsFieldsJoinTheInterfaceAndEachImplementation() throws CompositionException {
        SubgraphSdl accounts = Subgraphs.named("accounts", """
                interface Account @key(fields: "id") { id: ID! }
                type Admin implements Account @key(fields: "id") { id: ID! isMain: Boolean! }
                type Regular implements Account @key(fields: "id") { id: ID! }
                type Query { everyone: [Account] }
                """);
        SubgraphSdl names = Subgraphs.named("names", """
                type Account @key(fields: "id") @interfaceObject { id: ID! name: String }
                type Query { accounts: [Account] }
                """);

        Supergraph supergraph = composer.compose(List.of(accounts, names));

        assertInstanceOf(GraphQLInterfaceType.class, supergraph.schema().getType("Account"));
        assertNotNull(((GraphQLInterfaceType) supergraph.schema().getType("Account")).getFieldDefinition("name"));
        assertNotNull(supergraph.schema().getObjectType("Regular").getFieldDefinition("name"));
        assertEquals(List.of("names"), supergraph.resolvers("Admin", "name"));
        assertEquals(List.of("accounts", "names"), supergraph.resolvers("Regular", "id"));
        assertEquals("Account", supergraph.typeIn("names", "Admin"));
        assertEquals("Admin", supergraph.typeIn("accounts", "Admin"));
    }

    @Test
    void anInterfaceObjectNeedsItsInterfaceDefinedElsewhere() {
        SubgraphSdl names = Subgraphs.named("names", """
                type Account @key(fields: "id") @interfaceObject { id: ID! name: String }
                type Query { accounts: [Account] }
                """);

        CompositionException e = assertThrows(CompositionException.class, () -> composer.compose(List.of(names)));
        assertEquals(List.of("subgraph names: Account is an @interfaceObject but no subgraph defines interface "
                + "Account"), e.problems());
    }
}
