package io.devzone.system;

import static io.devzone.system.Api.GATEWAY;
import static io.devzone.system.Api.INVESTMENT;
import static io.devzone.system.Api.LAND;
import static io.devzone.system.Api.PARTY_AFFAIRS;
import static io.devzone.system.HostileRestCases.MARK;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.devzone.system.HostileCase.Caller;

/**
 * Hostile GraphQL, to each service's subgraph directly and to the gateway: documents that do not parse or fit the
 * schema, bad variables, bad paging, NUL bytes and lone surrogates, requests that are not GraphQL over HTTP (non-object
 * variables, text/plain, form and multipart bodies: the CSRF shapes), mutations over GET however disguised, and
 * documents too costly to run (200 aliases, a depth-33 cycle, fragments fanning out to 2^24 fields).
 */
final class HostileGraphQLCases {

    /** What each endpoint is attacked through: a list, its single-record query, a text and an enum filter field. */
    private record Endpoint(String module, String list, String single, String textFilter, String enumFilter,
            Mutation mutation) {
    }

    /** A create mutation of the endpoint's owner, valid but for the delivery, and the list it would add to. */
    private record Mutation(String template, Caller owner, Supplier<Object> total) {
        /** Each time a new name: a mutation that slips through writes a record instead of colliding with one. */
        String text() {
            return template.replace(NAME, NAME + " " + SENT.incrementAndGet());
        }
    }

    private static final String NAME = "敌意 GET";
    private static final AtomicInteger SENT = new AtomicInteger();

    private HostileGraphQLCases() {
    }

    private static List<Endpoint> endpoints(HostileTargets targets) {
        Mutation enterprise = mutation(targets, "/api/enterprises", "createEnterprise",
                "name: \"" + NAME + "\", park: JIANGBEI, industryChain: LOGISTICS, aboveDesignatedSize: false");
        return List.of(
                new Endpoint(INVESTMENT, "enterprises", "enterprise", "name", "park", enterprise),
                new Endpoint(LAND, "landParcels", "landParcel", "name", "park", mutation(targets,
                        "/api/resettlement-areas", "createResettlementArea", "name: \"" + NAME + "\", park: JIANGBEI")),
                new Endpoint(PARTY_AFFAIRS, "partyActivities", "partyActivity", "title", "type", mutation(targets,
                        "/api/party-activities", "createPartyActivity", "type: PARTY_LECTURE, heldOn: \"2011-06-28\","
                                + " title: \"" + NAME + "\", organiser: \"区党委\", participantsCount: 1")),
                new Endpoint(GATEWAY, "enterprises", "enterprise", "name", "park", enterprise));
    }

    private static Mutation mutation(HostileTargets targets, String path, String name, String input) {
        HostileTargets.Resource resource = targets.resource(path);
        return new Mutation("mutation { " + name + "(input: {" + input + "}) { id } }",
                HostileRestCases.owner(resource.module()), () -> HostileTargets.total(resource.module(), path));
    }

    static List<HostileCase> of(HostileTargets targets) {
        Caller leader = new Caller("leader", Keycloak.leader());
        List<HostileCase> cases = new ArrayList<>();
        for (Endpoint e : endpoints(targets)) {
            documents(e, leader, cases);
            transport(e, leader, cases);
            overGet(e, cases);
        }
        return cases;
    }

    /** Too costly to run: last, since on a service without limits they may exhaust it (the depth-33 one last). */
    static List<HostileCase> costly(HostileTargets targets) {
        Caller leader = new Caller("leader", Keycloak.leader());
        List<HostileCase> cases = new ArrayList<>();
        for (Endpoint e : endpoints(targets)) {
            String aliases = IntStream.range(0, 200).mapToObj(i -> "a" + i + ": " + e.list() + "(size: 1) { totalItems }")
                    .collect(Collectors.joining(" ", "{ ", " }"));
            cases.add(HostileCase.graphql(e.module(), aliases, null).as(leader).named(e.module() + ": 200 aliases")
                    .expect(200, "TOO_MANY_ALIASES").build());
        }
        StringBuilder fragments = new StringBuilder("{ ...F0 }");
        for (int level = 0; level < 24; level++) {
            fragments.append(" fragment F").append(level).append(" on Query { ...F").append(level + 1).append(" ...F")
                    .append(level + 1).append(" }");
        }
        fragments.append(" fragment F24 on Query { enterprises { totalItems } }");
        cases.add(HostileCase.graphql(GATEWAY, fragments.toString(), null).as(leader)
                .named(GATEWAY + ": fragments 24 levels deep, each spreading the next twice")
                .expect(200, "QUERY_TOO_COMPLEX").build());
        String cycle = cycle(33);
        cases.add(HostileCase.graphql(GATEWAY, cycle, null).as(leader).named(GATEWAY + ": a depth-33 cycle")
                .expect(200, "QUERY_TOO_DEEP").build());
        cases.add(HostileCase.graphql(INVESTMENT, cycle, null).as(leader).named(INVESTMENT + ": a depth-33 cycle")
                .expect(200, "QUERY_TOO_DEEP").build());
        return cases;
    }

    /** enterprises { items { investmentProjects { enterprise { investmentProjects { … } } } } }, depth levels deep. */
    static String cycle(int depth) {
        StringBuilder open = new StringBuilder("{ enterprises { items {");
        int level = 3;
        boolean projects = true;
        while (level < depth) {
            open.append(projects ? " investmentProjects {" : " enterprise {");
            projects = !projects;
            level++;
        }
        return open.append(" id").append(" }".repeat(depth - 1)).append(" }").toString();
    }

    private static void documents(Endpoint e, Caller leader, List<HostileCase> cases) {
        String at = e.module() + ": ";
        // CONVENTIONS.md "Errors": the gateway names its own parse and validation failures; a service answers an
        // unparseable document 400 BAD_REQUEST before it runs, and an invalid one VALIDATION_FAILED
        boolean gateway = e.module().equals(Api.GATEWAY);
        String invalid = gateway ? "GRAPHQL_VALIDATION_FAILED" : "VALIDATION_FAILED";
        cases.add(query(e, leader, "{ " + e.list() + " { items { id }", null).named(at + "a document that does not parse")
                .expect(gateway ? 200 : 400, gateway ? "GRAPHQL_PARSE_FAILED" : "BAD_REQUEST").build());
        cases.add(query(e, leader, "{ " + e.list() + " { items { noSuchField } } }", null)
                .named(at + "an unknown field").expect(200, invalid).build());
        cases.add(query(e, leader, "{ " + e.list() + "(filter: {" + e.enumFilter() + ": NO_SUCH_VALUE}) { totalItems } }",
                null).named(at + "an unknown enum value").expect(200, invalid).build());
        cases.add(query(e, leader, "{ " + e.list() + "(size: 99999999999) { totalItems } }", null)
                .named(at + "an Int literal beyond 32 bits").expect(200, invalid).build());
        cases.add(query(e, leader, "query($id: ID!) { " + e.single() + "(id: $id) { id } }", Map.of("id", Map.of("a", 1)))
                .named(at + "an object for an ID variable").expect(200, "VALIDATION_FAILED").build());
        cases.add(query(e, leader, "query($size: Int) { " + e.list() + "(size: $size) { totalItems } }",
                Map.of("size", "twenty")).named(at + "text for an Int variable")
                .expect(200, invalid).build());
        cases.add(query(e, leader, "query($id: ID!) { " + e.single() + "(id: $id) { id } }", Map.of("id", "not-a-uuid"))
                .named(at + "a non-UUID id").expect(200, "VALIDATION_FAILED").build());
        String paged = "query($page: Int, $size: Int, $sort: String) { " + e.list()
                + "(page: $page, size: $size, sort: $sort) { totalItems } }";
        cases.add(query(e, leader, paged, Map.of("page", 2147483647)).named(at + "page 2147483647")
                .expect(200, "VALIDATION_FAILED").build());
        cases.add(query(e, leader, paged, Map.of("page", -1)).named(at + "a negative page")
                .expect(200, "VALIDATION_FAILED").build());
        cases.add(query(e, leader, paged, Map.of("size", 100000)).named(at + "page size 100000")
                .expect(200, "VALIDATION_FAILED").build());
        cases.add(query(e, leader, paged, Map.of("sort", ",,,")).named(at + "sort ,,,")
                .expect(200, "VALIDATION_FAILED").build());
        cases.add(query(e, leader, paged, Map.of("sort", "noSuchField")).named(at + "sort by an unknown field")
                .expect(200, "VALIDATION_FAILED").build());
        String filtered = "query($text: String) { " + e.list() + "(filter: {" + e.textFilter() + ": $text}) { totalItems } }";
        cases.add(raw(e, leader, "{\"query\": " + Json.write(filtered) + ", \"variables\": {\"text\": \"" + MARK
                + "\\u0000\"}}").named(at + "a NUL byte in a text filter").expect(200, "VALIDATION_FAILED")
                .mustNotEcho(MARK).build());
        cases.add(raw(e, leader, "{\"query\": " + Json.write(filtered) + ", \"variables\": {\"text\": \"" + MARK
                + "\\udc00\"}}").named(at + "a lone surrogate in a text filter").expect(200, "VALIDATION_FAILED")
                .mustNotEcho(MARK).build());
        cases.add(query(e, leader, filtered, Map.of("text", "' OR '1'='1")).named(at + "SQL in a text filter finds nothing")
                .expect(200, null).check(answer -> answer.path("data").path(e.list()).path("totalItems").asInt(-1) == 0
                        ? List.of() : List.of(new HostileCase.Finding(false, "found " + answer.path("data"))))
                .build());
        String unknownInput = e.mutation().text().replace("(input: {", "(input: {noSuchInputField: 1, ");
        cases.add(HostileCase.graphql(e.module(), unknownInput, null).as(e.mutation().owner())
                .named(at + "an unknown input field").expect(200, invalid)
                .unchanged(e.mutation().total()).build());
    }

    /** Requests that are not GraphQL over HTTP in JSON, each carrying the owner's valid mutation. */
    private static void transport(Endpoint e, Caller leader, List<HostileCase> cases) {
        String at = e.module() + ": ";
        Mutation m = e.mutation();
        for (String variables : List.of("[1]", "\"" + MARK + "\"", "5")) {
            cases.add(HostileCase.to(e.module(), "POST", "/graphql").as(m.owner())
                    .json("{\"query\": " + Json.write(m.text()) + ", \"variables\": " + variables + "}")
                    .named(at + "variables " + variables.replace(MARK, "text")).expect(400, "BAD_REQUEST")
                    .mustNotEcho(MARK).unchanged(m.total()).build());
        }
        cases.add(raw(e, leader, "{\"query\": 5}").named(at + "a number as the query").expect(400, "BAD_REQUEST").build());
        cases.add(raw(e, leader, "{}").named(at + "no query").expect(400, "BAD_REQUEST").build());
        cases.add(raw(e, leader, "{\"query\": \"{ " + MARK).named(at + "malformed JSON").expect(400, "BAD_REQUEST")
                .mustNotEcho(MARK).build());
        byte[] json = ("{\"query\": " + Json.write(m.text()) + "}").getBytes(StandardCharsets.UTF_8);
        byte[] form = ("query=" + URLEncoder.encode(m.text(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String boundary = "hostile";
        byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n" + m.text()
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        cases.add(HostileCase.to(e.module(), "POST", "/graphql").as(m.owner()).body("text/plain", json)
                .named(at + "a mutation as text/plain").expect(415, "UNSUPPORTED_MEDIA_TYPE").unchanged(m.total()).build());
        cases.add(HostileCase.to(e.module(), "POST", "/graphql").as(m.owner())
                .body("application/x-www-form-urlencoded", form).named(at + "a mutation as a form")
                .expect(415, "UNSUPPORTED_MEDIA_TYPE").unchanged(m.total()).build());
        cases.add(HostileCase.to(e.module(), "POST", "/graphql").as(m.owner())
                .body("multipart/form-data; boundary=" + boundary, multipart).named(at + "a mutation as multipart")
                .expect(415, "UNSUPPORTED_MEDIA_TYPE").unchanged(m.total()).build());
        if (e.module().equals(GATEWAY)) {
            String longQuery = "{ enterprises { totalItems } }" + " ".repeat(33 * 1024);
            cases.add(query(e, leader, longQuery, null).named(at + "a 33 KiB query").expect(413, "REQUEST_TOO_LARGE")
                    .build());
            cases.add(raw(e, leader, "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"" + "x".repeat(300 * 1024)
                    + "\"}}").named(at + "a 300 KiB body").expect(413, "REQUEST_TOO_LARGE").build());
            cases.add(raw(e, leader, "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \""
                    + "0".repeat(64) + "\"}}}").named(at + "an unknown persisted query")
                    .expect(200, "PERSISTED_QUERY_NOT_FOUND").build());
            cases.add(HostileCase.to(GATEWAY, "PUT", "/graphql").as(leader).json("{\"query\": \"{ __typename }\"}")
                    .named(at + "PUT /graphql").expect(405, "METHOD_NOT_ALLOWED").build());
            cases.add(HostileCase.to(GATEWAY, "GET", "/no-such-path").as(leader).named(at + "an unknown path")
                    .expect(404, "NOT_FOUND").build());
        }
    }

    /** A mutation over GET is refused however it is disguised, and writes nothing. */
    private static void overGet(Endpoint e, List<HostileCase> cases) {
        Mutation m = e.mutation();
        String[][] disguises = {
                { m.text(), null, "plain" },
                { "#x\n " + m.text(), null, "after a comment" },
                { "," + m.text(), null, "after a comma" },
                { "\uFEFF" + m.text(), null, "after a byte-order mark" },
                { "query Q { __typename } " + m.text().replace("mutation {", "mutation M {"), "M",
                        "after a query, chosen by operationName" },
        };
        for (String[] disguise : disguises) {
            String path = "/graphql?query=" + URLEncoder.encode(disguise[0], StandardCharsets.UTF_8)
                    + (disguise[1] == null ? "" : "&operationName=" + disguise[1]);
            cases.add(HostileCase.to(e.module(), "GET", path).as(m.owner())
                    .named(e.module() + ": a mutation over GET, " + disguise[2]).expect(405, "METHOD_NOT_ALLOWED")
                    .unchanged(m.total()).build());
        }
    }

    private static HostileCase.Builder query(Endpoint e, Caller caller, String query, Map<String, Object> variables) {
        return HostileCase.graphql(e.module(), query, variables).as(caller);
    }

    private static HostileCase.Builder raw(Endpoint e, Caller caller, String json) {
        return HostileCase.to(e.module(), "POST", "/graphql").as(caller).json(json);
    }
}
