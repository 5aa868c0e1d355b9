package io.devzone.gateway.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLObjectType;

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
    void refusesASubgraphThatIsNotFederationVersion2() {
        SubgraphSdl old = new SubgraphSdl("old", "http://old/graphql", "type Query { hello: String }");

        CompositionException e = assertThrows(CompositionException.class, () -> composer.compose(List.of(old)));

        assertTrue(e.problems().get(0).startsWith("subgraph old: not an Apollo Federation v2 subgraph"), e.getMessage());
    }

    @Test
    void anUnparsableSdlNamesItsSubgraph() {
        SubgraphSdl broken = new SubgraphSdl("broken", "http://broken/graphql", "type Query {");

        CompositionException e = assertThrows(CompositionException.class, () -> composer.compose(List.of(broken)));

        assertTrue(e.problems().get(0).startsWith("subgraph broken: its SDL does not parse"), e.getMessage());
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
}
