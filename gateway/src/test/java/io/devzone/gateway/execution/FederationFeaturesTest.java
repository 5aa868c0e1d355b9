package io.devzone.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

import io.devzone.gateway.composition.Composer;
import io.devzone.gateway.composition.CompositionException;
import io.devzone.gateway.composition.SubgraphSdl;
import io.devzone.gateway.composition.Subgraphs;
import io.devzone.gateway.planning.QueryPlanner;
import io.devzone.gateway.testing.DataSubgraph;
import io.devzone.gateway.testing.FakeSubgraph;
import io.devzone.gateway.testing.GatewayConfigs;
import io.devzone.graphql.limits.QueryLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.Vertx;

/**
 * Federation features end to end: subgraphs written here, executing their SDL over fixed data on real HTTP ports,
 * composed and queried through the gateway; each test asserts the client's answer.
 */
class FederationFeaturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> USER_U1 = Map.of("__typename", "User", "id", "u1", "name", "Ada");

    private final List<FakeSubgraph> subgraphs = new ArrayList<>();
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void stop() {
        subgraphs.forEach(FakeSubgraph::close);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void federationVersion1SubgraphsWithExternalKeysOnExtensions() throws Exception {
        FederatedGraphQL gateway = gateway(
                subgraph(new SubgraphSdl("a", null, """
                        type Query { randomUser: User }
                        extend type User @key(fields: "id") { id: ID! @external name: String! @external rid: ID }
                        """), Map.of("randomUser", Map.of("__typename", "User", "id", "u1", "rid", "r1"))),
                subgraph(new SubgraphSdl("b", null, """
                        type Query { userById(id: ID): User }
                        type User @key(fields: "id") { id: ID! name: String! nickname: String }
                        """), Map.of("_entities", DataSubgraph.entities(r -> USER_U1))));

        assertEquals("{randomUser={id=u1, rid=r1, name=Ada}}",
                data(gateway, "{ randomUser { id rid name } }"));
    }

    @Test
    void aKeyTheParentsSubgraphLacksIsFetchedFromAThirdSubgraphFirst() throws Exception {
        // list knows products by id only; price finds them by pid, which only info has
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("list", """
                        type Product @key(fields: "id") { id: ID! }
                        type Query { products: [Product] }
                        """), Map.of("products", List.of(Map.of("__typename", "Product", "id", "p1")))),
                subgraph(Subgraphs.named("info", """
                        type Product @key(fields: "id") @key(fields: "pid") { id: ID! pid: ID! }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Product",
                        "id", "p1", "pid", "pid-1")))),
                subgraph(Subgraphs.named("price", """
                        type Product @key(fields: "pid") { pid: ID! price: Int }
                        """), Map.of("_entities", DataSubgraph.entities(r -> "pid-1".equals(r.get("pid"))
                        ? Map.of("__typename", "Product", "pid", "pid-1", "price", 42) : null))));

        assertEquals("{products=[{id=p1, price=42}]}", data(gateway, "{ products { id price } }"));
    }

    @Test
    void requiresWithArgumentsAndFragmentsOnAnInterface() throws Exception {
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("users", """
                        interface Address { id: ID! }
                        type WorkAddress implements Address { id: ID! @shareable city: String @shareable }
                        type HomeAddress implements Address { id: ID! @shareable city: String @shareable }
                        type User @key(fields: "id") { id: ID! address: Address price(currency: String!): Int }
                        type Query { user: User }
                        """), Map.of("user", Map.of("__typename", "User", "id", "u1",
                        "address", Map.of("__typename", "WorkAddress", "id", "w1", "city", "Oslo"),
                        "price", (java.util.function.Function<Map<String, Object>, Object>) arguments ->
                                "USD".equals(arguments.get("currency")) ? 7 : 0))),
                subgraph(Subgraphs.named("labels", """
                        interface Address { id: ID! }
                        type WorkAddress implements Address { id: ID! @shareable city: String @shareable }
                        type HomeAddress implements Address { id: ID! @shareable city: String @shareable }
                        type User @key(fields: "id") {
                          id: ID! address: Address @external price(currency: String!): Int @external
                          label: String @requires(fields: "address { ... on WorkAddress { city } } price(currency: \\"USD\\")")
                        }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "User",
                        "label", ((Map<?, ?>) r.get("address")).get("city") + " " + r.get("price"))))));

        assertEquals("{user={id=u1, label=Oslo 7}}", data(gateway, "{ user { id label } }"));
    }

    @Test
    void anOverriddenFieldIsAskedOfTheSubgraphThatTookItOver() throws Exception {
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("a", """
                        type Post @key(fields: "id") { id: ID! createdAt: String! }
                        type Query { feed: [Post] }
                        """), Map.of("feed", List.of(Map.of("__typename", "Post", "id", "p1", "createdAt", "old")))),
                subgraph(Subgraphs.named("b", """
                        type Post @key(fields: "id") { id: ID! createdAt: String! @override(from: "a") }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Post",
                        "id", r.get("id"), "createdAt", "new")))));

        assertEquals("{feed=[{id=p1, createdAt=new}]}", data(gateway, "{ feed { id createdAt } }"));
    }

    @Test
    void anInterfacesMembersFieldsComeFromAnotherSubgraphPerMember() throws Exception {
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("products", """
                        interface Product { id: ID! }
                        type Book implements Product @key(fields: "id") { id: ID! title: String }
                        type Magazine implements Product @key(fields: "id") { id: ID! }
                        type Query { products: [Product] }
                        """), Map.of("products", List.of(Map.of("__typename", "Book", "id", "b1", "title", "Walden"),
                        Map.of("__typename", "Magazine", "id", "m1")))),
                subgraph(Subgraphs.named("reviews", """
                        interface Product { id: ID! reviewsCount: Int! }
                        type Book implements Product @key(fields: "id") { id: ID! reviewsCount: Int! }
                        type Magazine implements Product @key(fields: "id") { id: ID! reviewsCount: Int! }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", r.get("__typename"),
                        "reviewsCount", r.get("id").equals("b1") ? 3 : 5)))));

        assertEquals("{products=[{id=b1, reviewsCount=3, title=Walden}, {id=m1, reviewsCount=5}]}",
                data(gateway, "{ products { id reviewsCount ... on Book { title } } }"));
        assertEquals("{products=[{__typename=Book, title=Walden}, {__typename=Magazine}]}",
                data(gateway, "{ products { __typename ... on Book { title } } }"));
    }

    @Test
    void theSameFieldOfEachMemberInFragmentsOfItsOwn() throws Exception {
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("reviews", """
                        interface Product { id: ID! }
                        type Book implements Product @key(fields: "id") { id: ID! }
                        type Magazine implements Product @key(fields: "id") { id: ID! }
                        type Review { product: Product }
                        type Query { reviews: [Review] }
                        """), Map.of("reviews", List.of(Map.of("product", Map.of("__typename", "Book", "id", "b1")),
                        Map.of("product", Map.of("__typename", "Magazine", "id", "m1"))))),
                subgraph(Subgraphs.named("products", """
                        interface Product { id: ID! sku: String }
                        type Book implements Product @key(fields: "id") { id: ID! sku: String }
                        type Magazine implements Product @key(fields: "id") { id: ID! sku: String }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", r.get("__typename"),
                        "sku", "sku-" + r.get("id"))))));

        assertEquals("{reviews=[{product={id=b1, sku=sku-b1}}, {product={id=m1, sku=sku-m1}}]}",
                data(gateway, "{ reviews { product { id ... on Book { sku } ... on Magazine { sku } } } }"));
    }

    @Test
    void aSharedFieldOfANarrowerTypeInOneSubgraphIsAskedOnlyForTheMembersItHas() throws Exception {
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("a", """
                        type Book @key(fields: "id") { id: ID! title: String! @shareable }
                        type Query { book: Book @shareable }
                        """), Map.of("book", Map.of("__typename", "Book", "id", "b1", "title", "Walden"))),
                subgraph(Subgraphs.named("b", """
                        type Book @key(fields: "id") { id: ID! title: String! @shareable }
                        type Movie @key(fields: "id") { id: ID! title: String! }
                        union Media = Book | Movie
                        type Query { book: Media @shareable }
                        """), Map.of()));

        assertEquals("{book={title=Walden}}",
                data(gateway, "{ book { ... on Book { title } ... on Movie { title } } }"));
    }

    @Test
    void anInterfaceObjectsFieldsOnEveryImplementationAndTheImplementationLearntWhereTheInterfaceIs()
            throws Exception {
        FederatedGraphQL gateway = interfaceObjectGateway();

        assertEquals("{accounts=[{id=u1, name=Ada}, {id=u3, name=Cy}]}", data(gateway, "{ accounts { id name } }"));
        assertEquals("{accounts=[{__typename=Admin, name=Ada, isMain=true}, {__typename=Regular, name=Cy}]}",
                data(gateway, "{ accounts { __typename name ... on Admin { isMain } } }"));
        assertEquals("{everyone=[{name=Ada}, {name=Cy}]}", data(gateway, "{ everyone { name } }"));
        // names answers its own __typename (Account); the answer names the implementation
        assertEquals("{accounts=[{id=u1}, {}]}", data(gateway, "{ accounts { ... on Admin { id } } }"));
    }

    @Test
    void anInterfaceObjectRequiresAFieldOfTheInterfaceWhereverItsObjectsComeFrom() throws Exception {
        FederatedGraphQL gateway = interfaceObjectGateway();

        assertEquals("{everyone=[{domain=a.example}, {domain=c.example}]}", data(gateway, "{ everyone { domain } }"));
        // names resolves domain but not the email it requires: asked again, once accounts has answered that
        assertEquals("{accounts=[{name=Ada, domain=a.example}, {name=Cy, domain=c.example}]}",
                data(gateway, "{ accounts { name domain } }"));
    }

    @Test
    void anImplementationNoSubgraphCouldTellIsNullWithTheReason() throws Exception {
        FederatedGraphQL gateway = interfaceObjectGateway();
        subgraphs.get(0).close(); // accounts, which knows the implementations

        var result = execute(gateway, "{ accounts { __typename name } }");

        assertEquals("{accounts=[null, null]}", String.valueOf((Object) result.getData()));
        assertEquals(List.of("SUBGRAPH_UNAVAILABLE"), result.getErrors().stream()
                .map(error -> error.getExtensions().get("code")).distinct().toList());
    }

    /**
     * accounts defines the interface Account and its implementations; names knows them all as the
     * {@code @interfaceObject} Account, with fields of its own for each, one needing the interface's email.
     */
    private FederatedGraphQL interfaceObjectGateway() throws Exception {
        Map<String, Map<String, Object>> byId = Map.of(
                "u1", Map.of("__typename", "Admin", "id", "u1", "isMain", true, "email", "ada@a.example"),
                "u3", Map.of("__typename", "Regular", "id", "u3", "email", "cy@c.example"));
        Map<String, String> names = Map.of("u1", "Ada", "u3", "Cy");
        return gateway(
                subgraph(Subgraphs.named("accounts", """
                        interface Account @key(fields: "id") { id: ID! email: String }
                        type Admin implements Account @key(fields: "id") { id: ID! email: String isMain: Boolean! }
                        type Regular implements Account @key(fields: "id") { id: ID! email: String }
                        type Query { everyone: [Account] }
                        """), Map.of("everyone", List.of(byId.get("u1"), byId.get("u3")),
                        "_entities", DataSubgraph.entities(r -> byId.get(r.get("id"))))),
                subgraph(Subgraphs.named("names", """
                        type Account @key(fields: "id") @interfaceObject {
                          id: ID! name: String email: String @external domain: String @requires(fields: "email")
                        }
                        type Query { accounts: [Account] }
                        """), Map.of("accounts", List.of(
                                Map.of("__typename", "Account", "id", "u1", "name", "Ada"),
                                Map.of("__typename", "Account", "id", "u3", "name", "Cy")),
                        "_entities", DataSubgraph.entities(r -> "Account".equals(r.get("__typename"))
                                ? Map.of("__typename", "Account", "id", r.get("id"), "name", names.get(r.get("id")),
                                        "domain", String.valueOf(r.get("email")).replaceAll(".*@", ""))
                                : null))));
    }

    @Test
    void fieldsReachedThroughProvidesComeFromThatSubgraph() throws Exception {
        // categories answers no _entities: a plan that ignored @provides would fail
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("catalog", """
                        type Query {
                          products: [Product] @provides(fields: "categories { id name parent { id name } }")
                        }
                        type Product @key(fields: "id") { id: ID! categories: [Category] @external }
                        type Category @key(fields: "id") { id: ID! name: String @external parent: Category @external }
                        """), Map.of("products", List.of(Map.of("__typename", "Product", "id", "p1",
                        "categories", List.of(Map.of("__typename", "Category", "id", "c1", "name", "Books",
                                "parent", Map.of("__typename", "Category", "id", "c0", "name", "Media"))))))),
                subgraph(Subgraphs.named("categories", """
                        type Product @key(fields: "id") { id: ID! categories: [Category] }
                        type Category @key(fields: "id") { id: ID! name: String parent: Category }
                        """), Map.of()));

        assertEquals("{products=[{id=p1, categories=[{name=Books, parent={id=c0, name=Media}}]}]}",
                data(gateway, "{ products { id categories { name parent { id name } } } }"));
    }

    @Test
    void ofTheSubgraphsSharingARootFieldTheOneThatProvidesItsSelectionIsAsked() throws Exception {
        // a would have to ask c for each animal's name; b provides it, and c gives the age b lacks
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("a", """
                        type Query { shelter: Shelter @shareable }
                        type Shelter @key(fields: "id") { id: ID! animals: [Animal] @shareable }
                        type Animal @key(fields: "id") { id: ID! }
                        """), Map.of()),
                subgraph(Subgraphs.named("b", """
                        type Query { shelter: Shelter @shareable @provides(fields: "animals { id name }") }
                        type Shelter @key(fields: "id") { id: ID! animals: [Animal] @external }
                        type Animal { id: ID! @external name: String @external }
                        """), Map.of("shelter", Map.of("__typename", "Shelter", "id", "s1",
                        "animals", List.of(Map.of("__typename", "Animal", "id", "a1", "name", "Fido"))))),
                subgraph(Subgraphs.named("c", """
                        type Shelter @key(fields: "id") { id: ID! animals: [Animal] @shareable }
                        type Animal @key(fields: "id") { id: ID! name: String @shareable age: Int }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Animal",
                        "age", "a1".equals(r.get("id")) ? 3 : 0)))));

        assertEquals("{shelter={animals=[{name=Fido}]}}", data(gateway, "{ shelter { animals { name } } }"));
        assertEquals("{shelter={animals=[{name=Fido, age=3}]}}",
                data(gateway, "{ shelter { animals { name age } } }"));
    }

    @Test
    void aFieldOfATypeWithoutKeyIsAskedThroughTheNearestEntityAbove() throws Exception {
        // Category has no key: its details come with the product, from the subgraph that knows both
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("list", """
                        type Query { products: [Product] }
                        type Product @key(fields: "id") { id: ID! category: Category @shareable }
                        type Category { id: ID! @shareable }
                        """), Map.of("products", List.of(Map.of("__typename", "Product", "id", "p1",
                        "category", Map.of("id", "c1"))))),
                subgraph(Subgraphs.named("details", """
                        type Product @key(fields: "id") { id: ID! category: Category @shareable }
                        type Category { id: ID! @shareable details: String }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Product",
                        "category", Map.of("id", "c1", "details", "details of " + r.get("id")))))));

        assertEquals("{products=[{id=p1, category={id=c1, details=details of p1}}]}",
                data(gateway, "{ products { id category { id details } } }"));
    }

    @Test
    void aRootFieldSharedByEntitylessSubgraphsIsAskedOfEachForItsPart() throws Exception {
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("names", """
                        type Query { product: Product @shareable }
                        type Product { id: ID! @shareable name: String }
                        """), Map.of("product", Map.of("id", "1", "name", "Pen"))),
                subgraph(Subgraphs.named("prices", """
                        type Query { product: Product @shareable }
                        type Product { id: ID! @shareable price: Int }
                        """), Map.of("product", Map.of("id", "1", "price", 3))));

        assertEquals("{product={id=1, name=Pen, price=3}}", data(gateway, "{ product { id name price } }"));
    }

    @Test
    void aFieldRequiringWhatItsOwnSubgraphLacksIsAskedWithItByAnEntityFetch() throws Exception {
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("b", """
                        type Query { b: B }
                        type B { a: [A] }
                        type A @key(fields: "id") {
                          id: ID! name: String @external nameInB: String @requires(fields: "name")
                        }
                        """), Map.of("b", Map.of("a", List.of(Map.of("__typename", "A", "id", "a1"))),
                        "_entities", DataSubgraph.entities(r -> Map.of("__typename", "A",
                                "nameInB", "in b: " + r.get("name"))))),
                subgraph(Subgraphs.named("a", """
                        type A @key(fields: "id") { id: ID! name: String }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "A",
                        "name", "Ada")))));

        assertEquals("{b={a=[{id=a1, nameInB=in b: Ada}]}}", data(gateway, "{ b { a { id nameInB } } }"));
    }

    @Test
    void aRequiredFieldThatRequiresAnotherIsFetchedAfterIt() throws Exception {
        // canAfford needs isExpensive, which needs the price: three fetches in a row
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("shop", """
                        type Query { product: Product }
                        type Product @key(fields: "id") { id: ID! }
                        """), Map.of("product", Map.of("__typename", "Product", "id", "p1"))),
                subgraph(Subgraphs.named("prices", """
                        type Product @key(fields: "id") { id: ID! price: Int! }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Product",
                        "price", 700)))),
                subgraph(Subgraphs.named("ranks", """
                        type Product @key(fields: "id") {
                          id: ID! price: Int! @external isExpensive: Boolean! @requires(fields: "price")
                        }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Product",
                        "isExpensive", (Integer) r.get("price") > 500)))),
                subgraph(Subgraphs.named("budgets", """
                        type Product @key(fields: "id") {
                          id: ID! isExpensive: Boolean! @external canAfford: Boolean! @requires(fields: "isExpensive")
                        }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Product",
                        "canAfford", !(Boolean) r.get("isExpensive"))))));

        assertEquals("{product={id=p1, canAfford=false}}", data(gateway, "{ product { id canAfford } }"));
    }

    @Test
    void fieldsRequiringOneFieldWithDifferentArgumentsAreFetchedApart() throws Exception {
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("catalog", """
                        type Query { products: [Product] }
                        type Product @key(fields: "upc") { upc: String! price(currency: String!): Int }
                        """), Map.of("products", List.of(Map.of("__typename", "Product", "upc", "p1",
                        "price", (java.util.function.Function<Map<String, Object>, Object>) arguments ->
                                "USD".equals(arguments.get("currency")) ? 10 : 9)))),
                subgraph(Subgraphs.named("shipping", """
                        type Product @key(fields: "upc") {
                          upc: String! price(currency: String!): Int @external
                          usd: Int @requires(fields: "price(currency: \\"USD\\")")
                          eur: Int @requires(fields: "price(currency: \\"EUR\\")")
                        }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Product",
                        "usd", r.get("price"), "eur", r.get("price"))))));

        assertEquals("{products=[{usd=10, eur=9}]}", data(gateway, "{ products { usd eur } }"));
    }

    @Test
    void anEnumValueOneSubgraphHidesIsNeitherTakenFromClientsNorPassedOnToThem() throws Exception {
        // a knows REGULAR only; b also ANONYMOUS, @inaccessible, and answers it
        Map<String, Object> u1 = Map.of("__typename", "User", "id", "u1", "type", "REGULAR");
        Map<String, Object> u2 = Map.of("__typename", "User", "id", "u2", "type", "ANONYMOUS");
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("a", """
                        type Query { users: [User] }
                        type User @key(fields: "id") { id: ID type: UserType @shareable }
                        enum UserType { REGULAR }
                        """), Map.of("users", List.of(u1))),
                subgraph(Subgraphs.named("b", """
                        type Query {
                          usersB: [User!]
                          usersByType(type: UserType!): [User!]
                          friends(type: UserType = ANONYMOUS @inaccessible): [User!]
                        }
                        type User @key(fields: "id") { id: ID type: UserType @shareable }
                        enum UserType { ANONYMOUS @inaccessible REGULAR }
                        """), Map.of("usersB", List.of(u1, u2),
                        "usersByType", (java.util.function.Function<Map<String, Object>, Object>) arguments ->
                                List.of(arguments.get("type").equals("REGULAR") ? u1 : u2),
                        "friends", (java.util.function.Function<Map<String, Object>, Object>) arguments ->
                                List.of(arguments.get("type").equals("REGULAR") ? u1 : u2))));

        // one subgraph's answer, otherwise passed on as it came, is checked when it may hold the hidden value
        var answer = execute(gateway, "{ usersB { id type } }");
        assertEquals("{usersB=[{id=u1, type=REGULAR}, {id=u2, type=null}]}", String.valueOf((Object) answer.getData()));
        GraphQLError hidden = answer.getErrors().get(0);
        assertEquals(List.of(List.of("usersB", 1, "type")), answer.getErrors().stream().map(e -> e.getPath()).toList());
        assertEquals("SUBGRAPH_ERROR", hidden.getExtensions().get("code"));
        assertFalse(hidden.getMessage().contains("ANONYMOUS"), "a hidden value is not shown: " + hidden.getMessage());
        assertInstanceOf(VerbatimResult.class, execute(gateway, "{ usersB { id } }"), "no enum asked: passed on");
        assertEquals("{usersByType=[{id=u1, type=REGULAR}]}", data(gateway, "{ usersByType(type: REGULAR) { id type } }"));
        assertEquals(ErrorType.ValidationError,
                refusal(execute(gateway, "{ usersByType(type: ANONYMOUS) { id } }")).getErrorType());
        // a hidden argument cannot be given, and the subgraph applies its default
        assertEquals(ErrorType.ValidationError,
                refusal(execute(gateway, "{ friends(type: REGULAR) { id } }")).getErrorType());
        assertEquals("{friends=[{id=u2}]}", data(gateway, "{ friends { id } }"));
    }

    @Test
    void anOperationNoSubgraphCanAnswerForEveryImplementationIsRefusedWhole() throws Exception {
        // each subgraph resolves the id of one implementation of Node, and its key is the other's @external id
        Map<String, Object> account = Map.of("__typename", "Account", "id", "a1");
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("a", """
                        type Query { node(id: ID!): Node @shareable }
                        interface Node { id: ID! }
                        type Account implements Node @key(fields: "id") { id: ID! username: String! }
                        type Chat implements Node @key(fields: "id") { id: ID! @external account: Account! }
                        """), Map.of("node", account)),
                subgraph(Subgraphs.named("b", """
                        type Query { node(id: ID!): Node @shareable }
                        interface Node { id: ID! }
                        type Account implements Node @key(fields: "id") { id: ID! @external chats: [Chat!]! }
                        type Chat implements Node @key(fields: "id") { id: ID! text: String! }
                        """), Map.of("node", account)));

        assertEquals("CANNOT_PLAN",
                refusal(execute(gateway, "{ node(id: \"a1\") { id } }")).getExtensions().get("code"));
        assertEquals("{node={id=a1}}", data(gateway, "{ node(id: \"a1\") { ... on Account { id } } }"));
    }

    /** The one error of an operation refused before anything ran, which has no data at all. */
    private static GraphQLError refusal(ExecutionResult result) {
        assertFalse(result.isDataPresent(), () -> String.valueOf((Object) result.getData()));
        assertEquals(1, result.getErrors().size(), () -> result.getErrors().toString());
        return result.getErrors().get(0);
    }

    @Test
    void subFieldsOfARequiredFieldItsOwnSubgraphLacksAreFetchedFromTheirEntityFirst() throws Exception {
        // posts' byNovice needs the author's experience, which only people has; feed's byExpert needs byNovice:
        // posts is asked for the author, people for the experience, posts for byNovice, feed for byExpert
        Map<String, String> authorOf = Map.of("p1", "a1", "p2", "a2");
        Map<String, Integer> experience = Map.of("a1", 5, "a2", 20);
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("feed", """
                        type Query { feed: [Post] }
                        type Post @key(fields: "id") {
                          id: ID! byNovice: Boolean! @external byExpert: Boolean! @requires(fields: "byNovice")
                        }
                        """), Map.of("feed", List.of(Map.of("__typename", "Post", "id", "p1"),
                        Map.of("__typename", "Post", "id", "p2")),
                        "_entities", DataSubgraph.entities(r -> Map.of("__typename", "Post",
                                "byExpert", !(Boolean) r.get("byNovice"))))),
                subgraph(Subgraphs.named("posts", """
                        type Post @key(fields: "id") {
                          id: ID! author: Author!
                          byNovice: Boolean! @requires(fields: "author { yearsOfExperience }")
                        }
                        type Author @key(fields: "id") { id: ID! yearsOfExperience: Int! @external }
                        """), Map.of("_entities", DataSubgraph.entities(r -> r.get("author") instanceof Map<?, ?> author
                        ? Map.of("__typename", "Post", "byNovice", (Integer) author.get("yearsOfExperience") < 10)
                        : Map.of("__typename", "Post", "author", Map.of("id", authorOf.get(r.get("id"))))))),
                subgraph(Subgraphs.named("people", """
                        type Author @key(fields: "id") { id: ID! yearsOfExperience: Int! }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Author",
                        "yearsOfExperience", experience.get(r.get("id")))))));

        assertEquals("{feed=[{byNovice=true, byExpert=false}, {byNovice=false, byExpert=true}]}",
                data(gateway, "{ feed { byNovice byExpert } }"));
    }

    @Test
    void aRequiredListWithArgumentsIsCompletedElementByElement() throws Exception {
        // posts' author needs the author of each of three comments, which only comments resolves
        List<Map<String, Object>> threeComments = List.of(Map.of("id", "c1"), Map.of("id", "c2"), Map.of("id", "c3"));
        java.util.function.Function<Map<String, Object>, Object> firstComments =
                arguments -> threeComments.subList(0, (Integer) arguments.get("limit"));
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("comments", """
                        type Query { feed: [Post] }
                        type Post @key(fields: "id") { id: ID! }
                        type Comment @key(fields: "id") { id: ID! authorId: ID }
                        """), Map.of("feed", List.of(Map.of("__typename", "Post", "id", "p1")),
                        "_entities", DataSubgraph.entities(r -> Map.of("__typename", "Comment",
                                "authorId", "author of " + r.get("id"))))),
                subgraph(Subgraphs.named("posts", """
                        type Post @key(fields: "id") {
                          id: ID! comments(limit: Int!): [Comment]
                          author: String @requires(fields: "comments(limit: 3) { authorId }")
                        }
                        type Comment @key(fields: "id") { id: ID! authorId: ID @external }
                        """), Map.of("_entities", DataSubgraph.entities(r -> {
                            Map<String, Object> post = new LinkedHashMap<>(Map.of("__typename", "Post",
                                    "comments", firstComments));
                            if (r.get("comments") instanceof List<?> asked) {
                                post.put("author", asked.stream().map(comment -> ((Map<?, ?>) comment).get("authorId"))
                                        .toList().toString());
                            }
                            return post;
                        }))));

        assertEquals("{feed=[{author=[author of c1, author of c2, author of c3], comments=[{id=c1}]}]}",
                data(gateway, "{ feed { author comments(limit: 1) { id } } }"));
    }

    @Test
    void aKeyWhoseNestedFieldTheParentsSubgraphLacksIsCompletedFromTheNestedEntity() throws Exception {
        // lists finds a list by its products' id and pid; shop knows the products by id only, codes has the pid
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("shop", """
                        type Query { topProducts: ProductList! }
                        type ProductList @key(fields: "products { id }") { products: [Product!]! @shareable }
                        type Product @key(fields: "id") { id: ID! }
                        """), Map.of("topProducts", Map.of("__typename", "ProductList", "products",
                        List.of(Map.of("__typename", "Product", "id", "1"), Map.of("__typename", "Product", "id", "2"))))),
                subgraph(Subgraphs.named("codes", """
                        type Product @key(fields: "id") { id: ID! pid: String! @shareable }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Product",
                        "pid", "p" + r.get("id"))))),
                subgraph(Subgraphs.named("lists", """
                        type ProductList @key(fields: "products { id pid }") {
                          products: [Product!]! @shareable selected: Product
                        }
                        type Product @key(fields: "id pid") { id: ID! pid: String! @shareable }
                        """), Map.of("_entities", DataSubgraph.entities(r -> {
                            List<?> products = (List<?>) r.get("products");
                            Map<?, ?> last = (Map<?, ?>) products.get(products.size() - 1);
                            return Map.of("__typename", "ProductList", "selected", Map.of("__typename", "Product",
                                    "id", last.get("id"), "pid", last.get("pid")));
                        }))));

        assertEquals("{topProducts={products=[{id=1}, {id=2}], selected={pid=p2}}}",
                data(gateway, "{ topProducts { products { id } selected { pid } } }"));
    }

    @Test
    void membersTypingOneFieldDifferentlyInTheirSubgraphAreAskedItUnderAliasesOfTheirOwn() throws Exception {
        // the composed User.id is ID (a's); in b, User.id: ID! and Admin.id: ID cannot share one response key
        Map<String, Object> admin = Map.of("__typename", "Admin", "id", "a1", "name", "Bo");
        Map<String, Object> user = Map.of("__typename", "User", "id", "u1", "name", "Ada",
                "similar", List.of(USER_U1, admin));
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("a", """
                        type User { id: ID @shareable }
                        type Query { users: [User!]! }
                        """), Map.of("users", List.of(Map.of("__typename", "User", "id", "u1")))),
                subgraph(Subgraphs.named("b", """
                        union Account = User | Admin
                        type User @key(fields: "id") { id: ID! name: String similar: [Account!]! }
                        type Admin { id: ID name: String @shareable similar: [Account!]! }
                        type Query { accounts: [Account!]! }
                        """), Map.of("accounts", List.of(user, Map.of("__typename", "Admin", "id", "a1",
                        "name", "Bo", "similar", List.of(user))),
                        "_entities", DataSubgraph.entities(r -> USER_U1))));

        assertEquals("{users=[{id=u1, name=Ada}], accounts=[{id=u1, similar=[{id=u1}, {id=a1}]}, "
                + "{id=a1, similar=[{id=u1}]}]}", data(gateway, """
                        { users { id name }
                          accounts {
                            ... on User { id similar { ... on User { id } ... on Admin { id } } }
                            ... on Admin { id similar { ... on User { id } ... on Admin { id } } } } }
                        """));
    }

    @Test
    void aFieldAMemberTypesNarrowerThanItsInterfaceIsAskedInTheMembersFragment() throws Exception {
        // in a, Product.samePrice is a Product but Book.samePrice a Book: Book's fields are asked under Book's
        Map<String, Object> other = Map.of("__typename", "Book", "id", "3", "price", 10.5);
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("a", """
                        interface Product { samePrice: Product }
                        type Book implements Product @key(fields: "id") {
                          id: ID! samePrice: Book @provides(fields: "price") price: Float @external
                        }
                        type Query { product: Product }
                        """), Map.of("product", Map.of("__typename", "Book", "id", "1", "samePrice", Map.of(
                        "__typename", "Book", "id", "3", "price", 10.5, "samePrice", Map.of("__typename", "Book",
                                "id", "1"))))),
                subgraph(Subgraphs.named("b", """
                        type Book @key(fields: "id") { id: ID! price: Float @shareable }
                        """), Map.of("_entities", DataSubgraph.entities(r -> "1".equals(r.get("id"))
                        ? Map.of("__typename", "Book", "id", "1", "price", 10.5) : other))));

        assertEquals("{product={__typename=Book, samePrice={__typename=Book, id=3, samePrice={id=1}, price=10.5}, "
                + "id=1, price=10.5}}", data(gateway, """
                        { product { __typename
                            samePrice { __typename ... on Book { id } samePrice { ... on Book { id } } }
                            ... on Book { id price samePrice { id price } } } }
                        """));
    }

    @Test
    void ofAUnionEverySubgraphMayAnswerAlongItsPathOnlyTheMembersTheyShareAreAsked() throws Exception {
        // wrapper and actions are shared by a and b from the entity Container on: only Common is in both unions
        Map<String, Object> common = Map.of("__typename", "Common", "label", "common");
        Map<String, Object> actions = Map.of("actions", List.of(common,
                Map.of("__typename", "OnlyA", "a", "only a")));
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("a", """
                        type Query { rootA: Container }
                        type Container @key(fields: "id") { id: ID! wrapper: Wrapper @shareable }
                        type Wrapper @shareable { actions: [Action!]! @shareable }
                        union Action = Common | OnlyA
                        type Common @shareable { label: String }
                        type OnlyA { a: String }
                        """), Map.of("rootA", Map.of("__typename", "Container", "id", "c1", "wrapper", actions))),
                subgraph(Subgraphs.named("b", """
                        type Container @key(fields: "id") { id: ID! wrapper: Wrapper @shareable bWrapper: Wrapper }
                        type Wrapper @shareable { actions: [Action!]! @shareable }
                        union Action = Common | OnlyB
                        type Common @shareable { label: String }
                        type OnlyB { b: String }
                        """), Map.of("_entities", DataSubgraph.entities(r -> Map.of("__typename", "Container",
                        "id", "c1", "bWrapper", Map.of("actions", List.of(common,
                                Map.of("__typename", "OnlyB", "b", "only b"))))))));

        String members = "{ actions { __typename ... on Common { label } ... on OnlyA { a } ... on OnlyB { b } } }";
        assertEquals("{rootA={wrapper={actions=[{__typename=Common, label=common}, {__typename=OnlyA, a=null}]}}}",
                data(gateway, "{ rootA { wrapper " + members + " } }"));
        // only b answers bWrapper: its own members are asked
        assertEquals("{rootA={bWrapper={actions=[{__typename=Common, label=common}, {__typename=OnlyB, b=only b}]}}}",
                data(gateway, "{ rootA { bWrapper " + members + " } }"));
    }

    @Test
    void anObjectOfAnInterfaceNothingImplementsIsNullWithAnErrorAndTheRestAnswered() throws Exception {
        // the subgraph answers the interface's own name as __typename (as a subgraph library does for such objects)
        SubgraphSdl sdl = Subgraphs.named("nodes", """
                interface Node @key(fields: "id") { id: ID! }
                type Query { node: Node other: String }
                """);
        FakeSubgraph nodes = new FakeSubgraph(sdl, received -> {
            Map<String, Object> data = new LinkedHashMap<>();
            OperationDefinition operation = Parser.parse(received.query())
                    .getDefinitionsOfType(OperationDefinition.class).get(0);
            for (Field root : operation.getSelectionSet().getSelectionsOfType(Field.class)) {
                if (root.getName().equals("node") && root.getSelectionSet() == null) {
                    return Map.of("errors", List.of(Map.of("message", "Field node must have a selection")));
                }
                Map<String, Object> node = new LinkedHashMap<>();
                if (root.getSelectionSet() != null) {
                    root.getSelectionSet().getSelectionsOfType(Field.class).forEach(field -> node.put(
                            field.getResultKey(), field.getName().equals("__typename") ? "Node" : "n1"));
                }
                data.put(root.getResultKey(), root.getName().equals("node") ? node : "x");
            }
            return FakeSubgraph.data(data);
        });
        subgraphs.add(nodes);
        FederatedGraphQL gateway = gateway(new SubgraphSdl("nodes", nodes.url(), sdl.sdl()));

        var result = gateway.execute(new GraphQLRequest("{ node { id } other }", null, Map.of(), Map.of()),
                "Bearer caller").join();

        assertEquals("{node=null, other=x}", String.valueOf((Object) result.getData()));
        assertEquals(List.of(List.of("node")), result.getErrors().stream().map(GraphQLError::getPath).toList());
    }

    @Test
    void aFieldOfAnInterfaceNothingImplementsIsRefusedWholeWhereTheSubgraphReturningItLacksIt() throws Exception {
        // only b's @interfaceObject has field, and its key cannot be resolved: from a's Node nothing reaches it
        FederatedGraphQL gateway = gateway(
                subgraph(Subgraphs.named("a", """
                        interface Node @key(fields: "id") { id: ID! }
                        type Query { a: Node }
                        """), Map.of("a", Map.of("__typename", "Node", "id", "n1"))),
                subgraph(Subgraphs.named("b", """
                        type Node @key(fields: "id", resolvable: false) @interfaceObject { id: ID! field: String }
                        type Query { b: Node }
                        """), Map.of("b", Map.of("__typename", "Node", "id", "n1", "field", "foo"))));

        assertEquals("CANNOT_PLAN", refusal(execute(gateway, "{ a { field } }")).getExtensions().get("code"));
        assertEquals("CANNOT_PLAN", refusal(execute(gateway, "{ a { ...F } } fragment F on Node { id field }"))
                .getExtensions().get("code"));
        // what a declares is asked of it (its answer for an interface nothing implements is its own to give)
        var own = execute(gateway, "{ a { id __typename } }");
        assertEquals(List.of(List.of("a")), own.getErrors().stream().map(GraphQLError::getPath).toList());
    }

    /** A subgraph on a port of its own; its SDL as the gateway reads it, with that port's URL. */
    private SubgraphSdl subgraph(SubgraphSdl sdl, Map<String, Object> root) throws IOException {
        FakeSubgraph subgraph = new FakeSubgraph(sdl, DataSubgraph.over(sdl, root));
        subgraphs.add(subgraph);
        return new SubgraphSdl(sdl.name(), subgraph.url(), sdl.sdl());
    }

    private FederatedGraphQL gateway(SubgraphSdl... sdls) throws CompositionException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (SubgraphSdl sdl : sdls) {
            settings.put("devzone.gateway.subgraphs." + sdl.name() + ".url", sdl.url());
        }
        settings.put("devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone");
        return new FederatedGraphQL(new Composer(new GatewayWiring()).compose(List.of(sdls)),
                new SubgraphClient(vertx, GatewayConfigs.of(settings), new SimpleMeterRegistry(),
                        OpenTelemetry.noop()),
                new QueryPlanner(), new QueryLimits(12, 30, 2000, 32_768, 15_000));
    }

    private static ExecutionResult execute(FederatedGraphQL gateway, String query) {
        return gateway.execute(new GraphQLRequest(query, null, Map.of(), Map.of()), "Bearer caller").join();
    }

    private static String data(FederatedGraphQL gateway, String query) throws IOException {
        var result = execute(gateway, query);
        assertEquals(List.of(), result.getErrors(), () -> result.getErrors().toString());
        return String.valueOf((Object) result.getData());
    }
}
