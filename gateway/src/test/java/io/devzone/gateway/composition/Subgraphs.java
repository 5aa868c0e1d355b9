package io.devzone.gateway.composition;

import java.util.List;

/** Subgraph SDL in the shape SmallRye GraphQL prints it, for composition and planning tests. */
public final class Subgraphs {

    public static final String LINK = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", "
            + "import: [\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@inaccessible\"])\n"
            + "directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE\n"
            + "scalar FieldSet\nscalar _Any\ntype _Service { sdl: String! }\n";

    public static final SubgraphSdl INVESTMENT = new SubgraphSdl("investment", "http://investment/graphql", LINK + """
            scalar BigDecimal
            enum PipelineStage { LEAD NEGOTIATING SIGNED }
            type Enterprise @key(fields: "id") { id: ID! name: String! investmentProjects: [InvestmentProject!]! }
            type InvestmentProject @key(fields: "id") {
              id: ID! name: String! agreedInvestmentCny: BigDecimal stage: PipelineStage! enterprise: Enterprise
            }
            type Page_InvestmentProject { items: [InvestmentProject!]! totalItems: Int! }
            union _Entity = Enterprise | InvestmentProject
            type Query {
              _entities(representations: [_Any!]!): [_Entity]!
              _service: _Service!
              investmentProjects(page: Int = 0, size: Int = 20): Page_InvestmentProject!
              enterprise(id: ID!): Enterprise
            }
            type Mutation { renameEnterprise(id: ID!, name: String!): Enterprise }
            """);

    public static final SubgraphSdl LAND = new SubgraphSdl("land", "http://land/graphql", LINK + """
            type LandParcel @key(fields: "id") { id: ID! code: String! areaMu: Float }
            type InvestmentProject @key(fields: "id") { id: ID! landParcels: [LandParcel!]! }
            union _Entity = InvestmentProject | LandParcel
            type Query { _entities(representations: [_Any!]!): [_Entity]! _service: _Service! landParcel(id: ID!): LandParcel }
            """);

    public static final SubgraphSdl PARTY = new SubgraphSdl("party-affairs", "http://party/graphql", LINK + """
            type PartyActivity @key(fields: "id") { id: ID! title: String! }
            type Enterprise @key(fields: "id") { id: ID! partyActivities: [PartyActivity!]! }
            union _Entity = Enterprise | PartyActivity
            type Query { _entities(representations: [_Any!]!): [_Entity]! _service: _Service! }
            """);

    public static final List<SubgraphSdl> DEVZONE = List.of(INVESTMENT, LAND, PARTY);

    /**
     * They compose, but no plan reaches {@code label}: it requires a {@code budget} that only {@code budgets} has,
     * which finds a project by a key investment cannot give.
     */
    public static final List<SubgraphSdl> LABEL_OUT_OF_REACH = List.of(INVESTMENT, named("labels", """
            type InvestmentProject @key(fields: "id") {
              id: ID! budget: Int @external label: String @requires(fields: "budget")
            }
            type Query { y: Int }
            """), named("budgets", """
            type InvestmentProject @key(fields: "budgetCode") { budgetCode: ID! budget: Int }
            type Query { z: Int }
            """));

    private Subgraphs() {
    }

    public static SubgraphSdl named(String name, String body) {
        return new SubgraphSdl(name, "http://" + name + "/graphql", LINK + body);
    }
}
