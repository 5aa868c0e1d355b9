package io.devzone.gateway.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.parser.Parser;

import io.devzone.gateway.composition.Composer;
import io.devzone.gateway.composition.CompositionException;
import io.devzone.gateway.composition.Subgraphs;
import io.devzone.gateway.composition.Supergraph;
import io.devzone.gateway.execution.GatewayWiring;

class QueryPlannerTest {

    private final Supergraph supergraph = compose();
    private final QueryPlanner planner = new QueryPlanner();

    @Test
    void aSingleSubgraphQueryIsOneRequest() {
        QueryPlan plan = plan("{ investmentProjects(size: 5) { totalItems items { name stage } } }", Map.of());

        assertEquals(List.of(new RootFetch("investment",
                "{investmentProjects(size:5){totalItems items{name stage}}}", false, "investmentProjects")),
                plan.rootFetches());
        assertEquals(List.of(), plan.entityFetches());
    }

    @Test
    void fieldsOfOtherSubgraphsBecomeOneEntityFetchPerSubgraphAndParent() {
        QueryPlan plan = plan("""
                query Leader($size: Int) {
                  investmentProjects(size: $size) {
                    items { name landParcels { code } enterprise { name partyActivities { title } } }
                  }
                }""", Map.of("size", 100));

        assertEquals("{investmentProjects(size:100){items{name enterprise{name _dz_typename:__typename _dz_id:id}"
                + "_dz_typename:__typename _dz_id:id}}}", plan.rootFetches().get(0).operation());
        assertEquals(2, plan.entityFetches().size());
        EntityFetch land = plan.entityFetches().stream().filter(f -> f.subgraph().equals("land")).findFirst()
                .orElseThrow();
        assertEquals("n" + land.id() + ":_entities(representations:$r" + land.id()
                + "){...on InvestmentProject{landParcels{code}}}", land.selection());
        assertEquals(List.of("id"), land.carriedFields());
        EntityFetch party = plan.entityFetches().stream().filter(f -> f.subgraph().equals("party-affairs"))
                .findFirst().orElseThrow();
        assertEquals("n" + party.id() + ":_entities(representations:$r" + party.id()
                + "){...on Enterprise{partyActivities{title}}}", party.selection());
    }

    @Test
    void fragmentsAliasesAndSkipAreResolvedBeforeSending() {
        QueryPlan plan = plan("""
                query($withStage: Boolean!) {
                  all: investmentProjects { items { ...Names stage @include(if: $withStage) } }
                }
                fragment Names on InvestmentProject { title: name }""", Map.of("withStage", false));

        assertEquals("{all:investmentProjects{items{title:name}}}", plan.rootFetches().get(0).operation());
    }

    @Test
    void rootFieldsOfOneSubgraphTravelTogether() {
        QueryPlan plan = plan("{ a: landParcel(id: \"1\") { code } investmentProjects { totalItems } "
                + "b: landParcel(id: \"2\") { code } }", Map.of());

        assertEquals(2, plan.rootFetches().size());
        assertEquals("{a:landParcel(id:\"1\"){code}b:landParcel(id:\"2\"){code}}",
                plan.rootFetches().stream().filter(f -> f.subgraph().equals("land")).findFirst().orElseThrow()
                        .operation());
    }

    @Test
    void eachMutationFieldIsItsOwnRequestInOrder() {
        PlannedOperation planned = planner.plan(supergraph, Parser.parse("mutation { first: renameEnterprise(id: "
                + "\"1\", name: \"a\") { name } second: renameEnterprise(id: \"1\", name: \"b\") { name } }"), null,
                Map.of());
        QueryPlan plan = planned.plan();
        ExecutableNormalizedOperation operation = planned.operation();

        assertEquals(List.of("mutation{first:renameEnterprise(id:\"1\",name:\"a\"){name}}",
                "mutation{second:renameEnterprise(id:\"1\",name:\"b\"){name}}"),
                plan.rootFetches().stream().map(RootFetch::operation).toList());
        assertTrue(plan.rootFetches().stream().allMatch(RootFetch::mutation), "each is marked a mutation");
        ExecutableNormalizedField first = operation.getTopLevelFields().get(0);
        assertInstanceOf(FieldStep.Root.class, plan.step(first));
    }

    @Test
    void requiredFieldsTravelInTheRepresentation() throws CompositionException {
        Supergraph withRequires = new Composer(new GatewayWiring()).compose(List.of(Subgraphs.INVESTMENT,
                Subgraphs.named("labels", """
                        type InvestmentProject @key(fields: "id") {
                          id: ID! name: String! @external label: String @requires(fields: "name")
                        }
                        type Query { y: Int }
                        """)));

        QueryPlan plan = planner.plan(withRequires, Parser.parse("{ investmentProjects { items { label } } }"), null, Map.of()).plan();

        assertEquals(List.of("id", "name"), plan.entityFetches().get(0).carriedFields());
        assertEquals("{investmentProjects{items{_dz_typename:__typename _dz_id:id _dz_name:name}}}",
                plan.rootFetches().get(0).operation());
    }

    @Test
    void fieldsAFieldProvidesAreAskedWithItAndNoEntityFetch() throws CompositionException {
        Supergraph withProvides = new Composer(new GatewayWiring()).compose(List.of(
                Subgraphs.named("catalog", """
                        type Query {
                          products: [Product] @provides(fields: "category { id name }") allProducts: [Product]
                        }
                        type Product @key(fields: "id") { id: ID! category: Category @external }
                        type Category @key(fields: "id") { id: ID! name: String @external }
                        """),
                Subgraphs.named("categories", """
                        type Product @key(fields: "id") { id: ID! category: Category }
                        type Category @key(fields: "id") { id: ID! name: String }
                        """)));

        QueryPlan provided = planner.plan(withProvides, Parser.parse("{ products { category { name } } }"), null,
                Map.of()).plan();
        QueryPlan elsewhere = planner.plan(withProvides, Parser.parse("{ allProducts { category { name } } }"),
                null, Map.of()).plan();

        assertEquals("Fetch(catalog) {products{category{name}}}\n", provided.toString());
        assertEquals(List.of(), provided.entityFetches());
        assertEquals("categories", elsewhere.entityFetches().get(0).subgraph());
    }

    @Test
    void aFieldOfATypeWithoutKeyIsFetchedWithItsParentFromTheNearestEntityAndMerged() throws CompositionException {
        Supergraph keyless = new Composer(new GatewayWiring()).compose(List.of(
                Subgraphs.named("list", """
                        type Query { products: [Product] }
                        type Product @key(fields: "id") { id: ID! category: Category @shareable }
                        type Category { id: ID! @shareable }
                        """),
                Subgraphs.named("details", """
                        type Product @key(fields: "id") { id: ID! category: Category @shareable }
                        type Category { id: ID! @shareable details: String }
                        """)));

        PlannedOperation planned = planner.plan(keyless, Parser.parse("{ products { category { id details } } }"),
                null, Map.of());

        EntityFetch details = planned.plan().entityFetches().get(0);
        assertEquals("""
                Sequence
                  Fetch(list) {products{category{id}_dz_typename:__typename _dz_id:id}}
                  Flatten(products.@)
                    Fetch(details) n0:_entities(representations:$r0){...on Product{category{details}}}
                """, planned.plan().toString());
        ExecutableNormalizedField category = planned.operation().getTopLevelFields().get(0).getChildren().get(0);
        assertEquals(new FieldStep.Merged(List.of(FieldStep.CARRIED, new FieldStep.Entity(details))),
                planned.plan().step(category));
    }

    @Test
    void aRootFieldSharedWithoutKeysIsAskedOfEachSubgraphForItsPart() throws CompositionException {
        Supergraph shared = new Composer(new GatewayWiring()).compose(List.of(
                Subgraphs.named("names", """
                        type Query { product: Product @shareable }
                        type Product { id: ID! @shareable name: String }
                        """),
                Subgraphs.named("prices", """
                        type Query { product: Product @shareable }
                        type Product { id: ID! @shareable price: Int }
                        """)));

        QueryPlan plan = planner.plan(shared, Parser.parse("{ product { id name price } }"), null, Map.of()).plan();

        assertEquals(List.of("{product{id name}}", "{product{price}}"),
                plan.rootFetches().stream().map(RootFetch::operation).toList());
    }

    @Test
    void aCrossSubgraphPlanIsATreeOfFetchesEachEntityFetchFlattenedAtItsParentsPath() {
        QueryPlan plan = plan("""
                { investmentProjects(size: 2) {
                    items { name landParcels { code } enterprise { name partyActivities { title } } } } }""",
                Map.of());

        PlanNode.Fetch investment = new PlanNode.Fetch("investment", plan.rootFetches().get(0).operation());
        PlanNode.Fetch party = fetch(plan, "party-affairs");
        PlanNode.Fetch land = fetch(plan, "land");
        assertEquals(new PlanNode.Sequence(List.of(investment, new PlanNode.Parallel(List.of(
                new PlanNode.Flatten("investmentProjects.items.@.enterprise", party),
                new PlanNode.Flatten("investmentProjects.items.@", land))))), plan.root());
        assertEquals("""
                Sequence
                  Fetch(investment) {investmentProjects(size:2){items{name enterprise{name _dz_typename:__typename \
                _dz_id:id}_dz_typename:__typename _dz_id:id}}}
                  Parallel
                    Flatten(investmentProjects.items.@.enterprise)
                      Fetch(party-affairs) n0:_entities(representations:$r0){...on Enterprise{partyActivities{title}}}
                    Flatten(investmentProjects.items.@)
                      Fetch(land) n1:_entities(representations:$r1){...on InvestmentProject{landParcels{code}}}
                """, plan.toString());
    }

    @Test
    void anEntityFetchThatNeedsAnotherWaitsForItAtTheDeeperPath() throws CompositionException {
        Supergraph withRatings = new Composer(new GatewayWiring()).compose(List.of(Subgraphs.INVESTMENT, Subgraphs.LAND,
                Subgraphs.named("ratings", """
                        type LandParcel @key(fields: "id") { id: ID! rating: Int }
                        type Query { y: Int }
                        """)));

        QueryPlan plan = planner.plan(withRatings, Parser.parse("{ investmentProjects { items { landParcels { code rating } } } }"), null, Map.of()).plan();

        PlanNode.Flatten land = assertInstanceOf(PlanNode.Flatten.class,
                assertInstanceOf(PlanNode.Sequence.class, plan.root()).nodes().get(1));
        assertEquals("investmentProjects.items.@", land.path());
        PlanNode.Sequence landThenRatings = assertInstanceOf(PlanNode.Sequence.class, land.node());
        assertEquals("land", assertInstanceOf(PlanNode.Fetch.class, landThenRatings.nodes().get(0)).subgraph());
        PlanNode.Flatten ratings = assertInstanceOf(PlanNode.Flatten.class, landThenRatings.nodes().get(1));
        assertEquals("investmentProjects.items.@.landParcels.@", ratings.path());
        assertEquals("ratings", assertInstanceOf(PlanNode.Fetch.class, ratings.node()).subgraph());
    }

    @Test
    void anInterfaceObjectsImplementationIsAskedOfTheInterfacesSubgraphOnlyWhenTheOperationNeedsIt()
            throws CompositionException {
        Supergraph accounts = new Composer(new GatewayWiring()).compose(List.of(
                Subgraphs.named("accounts", """
                        interface Account @key(fields: "id") { id: ID! }
                        type Admin implements Account @key(fields: "id") { id: ID! isMain: Boolean! }
                        type Regular implements Account @key(fields: "id") { id: ID! }
                        type Query { y: Int }
                        """),
                Subgraphs.named("names", """
                        type Account @key(fields: "id") @interfaceObject { id: ID! name: String }
                        type Query { accounts: [Account] }
                        """)));

        QueryPlan namesOnly = planner.plan(accounts, Parser.parse("{ accounts { id name } }"), null, Map.of()).plan();
        QueryPlan withAdmins = planner.plan(accounts, Parser.parse("{ accounts { name ... on Admin { isMain } } }"), null, Map.of()).plan();

        assertEquals("Fetch(names) {accounts{id name}}\n", namesOnly.toString());
        assertEquals("""
                Sequence
                  Fetch(names) {accounts{name _dz_id:id}}
                  Flatten(accounts.@)
                    Sequence
                      Fetch(accounts) n1:_entities(representations:$r1){_dz_typename:__typename}
                      Flatten(accounts.@)
                        Fetch(accounts) n0:_entities(representations:$r0){...on Admin{isMain}}
                """, withAdmins.toString());
        assertEquals("Account", withAdmins.entityFetches().get(1).typename());
    }

    @Test
    void mutationFieldsAreASequenceAndQueryRootFetchesParallel() {
        QueryPlan mutations = plan("mutation { first: renameEnterprise(id: \"1\", "
                + "name: \"a\") { name } second: renameEnterprise(id: \"1\", name: \"b\") { name } }", Map.of());
        QueryPlan queries = plan("{ landParcel(id: \"1\") { code } investmentProjects { totalItems } }", Map.of());

        assertEquals(new PlanNode.Sequence(List.of(
                new PlanNode.Fetch("investment", "mutation{first:renameEnterprise(id:\"1\",name:\"a\"){name}}"),
                new PlanNode.Fetch("investment", "mutation{second:renameEnterprise(id:\"1\",name:\"b\"){name}}"))),
                mutations.root());
        assertEquals(new PlanNode.Parallel(List.of(
                new PlanNode.Fetch("land", "{landParcel(id:\"1\"){code}}"),
                new PlanNode.Fetch("investment", "{investmentProjects{totalItems}}"))), queries.root());
    }

    @Test
    void aFieldNoSubgraphCanReachFromItsParentCannotBePlanned() throws CompositionException {
        Supergraph outOfReach = new Composer(new GatewayWiring()).compose(Subgraphs.LABEL_OUT_OF_REACH);

        PlanningException refused = assertThrows(PlanningException.class, () -> planner.plan(outOfReach,
                Parser.parse("{ investmentProjects { items { label } } }"), null, Map.of()));

        assertEquals("InvestmentProject.budget is needed by subgraph labels but subgraph investment does not "
                + "resolve it, nor does any subgraph it can reach", refused.getMessage());
    }

    @Test
    void aRequiredSubFieldNoSubgraphCanReachFromWhereItsObjectComesCannotBePlanned() throws CompositionException {
        // people finds authors by a code posts does not have
        Supergraph outOfReach = new Composer(new GatewayWiring()).compose(List.of(Subgraphs.named("shop", """
                type Query { post: Post }
                type Post @key(fields: "id") { id: ID! }
                """), Subgraphs.named("posts", """
                type Post @key(fields: "id") {
                  id: ID! author: Author! byNovice: Boolean @requires(fields: "author { experience }")
                }
                type Author @key(fields: "id") { id: ID! experience: Int @external }
                type Query { y: Int }
                """), Subgraphs.named("people", """
                type Author @key(fields: "code") { code: ID! experience: Int }
                type Query { z: Int }
                """)));

        PlanningException refused = assertThrows(PlanningException.class, () -> planner.plan(outOfReach,
                Parser.parse("{ post { byNovice } }"), null, Map.of()));

        assertEquals("Author.experience is needed in a representation but no subgraph resolves it by a key "
                + "subgraph posts has", refused.getMessage());
    }

    private static PlanNode.Fetch fetch(QueryPlan plan, String subgraph) {
        EntityFetch fetch = plan.entityFetches().stream().filter(f -> f.subgraph().equals(subgraph)).findFirst()
                .orElseThrow();
        return new PlanNode.Fetch(subgraph, fetch.selection());
    }

    private QueryPlan plan(String query, Map<String, Object> variables) {
        return planner.plan(supergraph, Parser.parse(query), null, variables).plan();
    }

    private static Supergraph compose() {
        try {
            return new Composer(new GatewayWiring()).compose(Subgraphs.DEVZONE);
        } catch (CompositionException e) {
            throw new AssertionError(e);
        }
    }
}
