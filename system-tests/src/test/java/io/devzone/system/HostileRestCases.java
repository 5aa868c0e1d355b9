package io.devzone.system;

import static io.devzone.system.Api.INVESTMENT;
import static io.devzone.system.Api.LAND;
import static io.devzone.system.Api.PARTY_AFFAIRS;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.devzone.system.HostileCase.Caller;
import io.devzone.system.HostileTargets.Resource;

/**
 * Malformed REST requests, sent by the owning department (so only the input is wrong): every resource × malformed
 * ids, bad paging and sorting, bad dates, NUL bytes and lone surrogates in text, wrong types, unknown enums, huge
 * numbers, malformed JSON and wrong content types; and per service odd methods, paths, media types, oversized
 * bodies and bad work-summary periods. Whatever is refused must leave the records as they were.
 */
final class HostileRestCases {

    /** Planted in hostile values: an answer that carries it reflects the caller's raw input. */
    static final String MARK = "Hostile7f3c";

    private HostileRestCases() {
    }

    static Caller owner(String module) {
        return switch (module) {
            case INVESTMENT -> new Caller("investment", Keycloak.investment());
            case LAND -> new Caller("land", Keycloak.land());
            case PARTY_AFFAIRS -> new Caller("party-affairs", Keycloak.partyAffairs());
            default -> throw new IllegalArgumentException(module);
        };
    }

    static List<HostileCase> of(HostileTargets targets) {
        List<HostileCase> cases = new ArrayList<>();
        for (Resource resource : targets.resources) {
            ids(resource, cases);
            paging(resource, cases);
            bodies(resource, cases);
        }
        for (String module : List.of(INVESTMENT, LAND, PARTY_AFFAIRS)) {
            service(module, targets, cases);
        }
        // The web server's work summary as a document takes its period by the same rules, and a token
        String document = "/api/reports/work-summary.docx";
        periods("web", document, new Caller("leader", Keycloak.leader()), "web: document of the ", cases);
        cases.add(HostileCase.to("web", "GET", document + "?from=2011-01-01&to=2011-06-30").as(Caller.NONE)
                .named("web: the work summary document without a token").expect(401, "UNAUTHENTICATED").build());
        return cases;
    }

    private static void ids(Resource r, List<HostileCase> cases) {
        Caller owner = owner(r.module());
        cases.add(HostileCase.to(r.module(), "GET", r.path() + "/not-a-uuid").as(owner)
                .named(r.path() + ": a non-UUID id").expect(400, "VALIDATION_FAILED").build());
        cases.add(HostileCase.to(r.module(), "GET", r.path() + "/%3Cimg%20src%3Dx%20" + MARK + "%3E").as(owner)
                .named(r.path() + ": markup as the id").expect(400, "VALIDATION_FAILED")
                .mustNotEcho("<img src=x " + MARK + ">").build());
        cases.add(HostileCase.to(r.module(), "GET", r.path() + "/" + UUID.randomUUID()).as(owner)
                .named(r.path() + ": an id no record has").expect(404, "NOT_FOUND").build());
        cases.add(HostileCase.to(r.module(), "DELETE", r.path() + "/00000000-0000-0000-0000-0000000000000").as(owner)
                .named(r.path() + ": deleting by a 37-character id").expect(400, "VALIDATION_FAILED")
                .unchanged(() -> HostileTargets.total(r.module(), r.path())).build());
    }

    private static void paging(Resource r, List<HostileCase> cases) {
        Caller owner = owner(r.module());
        String[][] queries = {
                { "page=-1", "a negative page" },
                { "size=0", "page size 0" },
                { "size=100000", "page size 100000" },
                { "page=2147483647", "page 2147483647" },
                { "page=99999999999999999999", "a page beyond any integer" },
                { "page=abc", "a page that is no number" },
                { "sort=,,,", "sort ,,," },
                { "sort=noSuchField", "sort by an unknown field" },
                { "sort=name%00" + MARK, "a NUL byte in sort" },
        };
        for (String[] query : queries) {
            cases.add(HostileCase.to(r.module(), "GET", r.path() + "?" + query[0]).as(owner)
                    .named(r.path() + ": " + query[1]).expect(400, "VALIDATION_FAILED").mustNotEcho(MARK).build());
        }
    }

    private static void bodies(Resource r, List<HostileCase> cases) {
        Caller owner = owner(r.module());
        String name = r.path() + ": ";
        cases.add(create(r, owner, "{\"" + MARK + "\": ").named(name + "malformed JSON")
                .expect(400, "BAD_REQUEST").mustNotEcho(MARK).build());
        cases.add(HostileCase.to(r.module(), "POST", r.createPath()).as(owner)
                .body("text/plain", Json.write(r.body()).getBytes(StandardCharsets.UTF_8))
                .named(name + "a text/plain body").expect(415, "UNSUPPORTED_MEDIA_TYPE")
                .unchanged(() -> HostileTargets.total(r.module(), r.path())).build());
        cases.add(HostileCase.to(r.module(), "PUT", r.record()).as(owner).json("{\"version\": 0, \"name\": ")
                .named(name + "malformed JSON in an update").expect(400, "BAD_REQUEST")
                .unchanged(() -> HostileTargets.version(r.module(), r.record())).build());
        if (r.text() != null) {
            invalid(r, owner, cases, r.text(), "\"" + MARK + "\\u0000\"", "a NUL byte in " + r.text());
            invalid(r, owner, cases, r.text(), "\"" + MARK + "\\ud800\"", "a lone surrogate in " + r.text());
            invalid(r, owner, cases, r.text(), "\"" + MARK + "x".repeat(100_000) + "\"",
                    "100000 characters of " + r.text());
            invalid(r, owner, cases, r.text(), "{\"" + MARK + "\": 1}", "an object for " + r.text());
        }
        if (r.date() != null) {
            invalid(r, owner, cases, r.date(), "\"0000-01-01\"", "year 0000 for " + r.date());
            invalid(r, owner, cases, r.date(), "\"2011-06-30T08:00:00Z\"", "a date-time for " + r.date());
            invalid(r, owner, cases, r.date(), "\"2011-02-30\"", "30 February for " + r.date());
            invalid(r, owner, cases, r.date(), "\"+10000-01-01\"", "year 10000 for " + r.date());
            invalid(r, owner, cases, r.date(), "\"" + MARK + "\"", "no date for " + r.date());
        }
        if (r.number() != null) {
            invalid(r, owner, cases, r.number(), "1" + "0".repeat(40), "a 41-digit " + r.number());
            invalid(r, owner, cases, r.number(), "1e999999999", "1e999999999 for " + r.number());
            invalid(r, owner, cases, r.number(), "\"" + MARK + "\"", "text for " + r.number());
            invalid(r, owner, cases, r.number(), "-1", "a negative " + r.number());
        }
        if (r.enumField() != null) {
            invalid(r, owner, cases, r.enumField(), "\"" + MARK + "\"", "an unknown " + r.enumField());
            invalid(r, owner, cases, r.enumField(), "42", "a number for " + r.enumField());
        }
    }

    /** A create whose body is valid but for one field: 400 VALIDATION_FAILED, nothing written, nothing echoed. */
    private static void invalid(Resource r, Caller owner, List<HostileCase> cases, String field, String rawJson,
            String what) {
        cases.add(create(r, owner, r.bodyWith(field, rawJson)).named(r.path() + ": " + what)
                .expect(400, "VALIDATION_FAILED").mustNotEcho(MARK).build());
    }

    private static HostileCase.Builder create(Resource r, Caller owner, String body) {
        return HostileCase.to(r.module(), "POST", r.createPath()).as(owner).json(body)
                .unchanged(() -> HostileTargets.total(r.module(), r.path()));
    }

    private static void service(String module, HostileTargets targets, List<HostileCase> cases) {
        Caller owner = owner(module);
        Resource first = targets.resources.stream().filter(r -> r.module().equals(module)).findFirst().orElseThrow();
        String name = module + ": ";
        cases.add(HostileCase.to(module, "PATCH", first.record()).as(owner).json(Json.write(first.body()))
                .named(name + "PATCH, which no resource takes").expect(405, "METHOD_NOT_ALLOWED")
                .unchanged(() -> HostileTargets.version(module, first.record())).build());
        cases.add(HostileCase.to(module, "GET", "/api/no-such-things").as(owner)
                .named(name + "an unknown path").expect(404, "NOT_FOUND").build());
        cases.add(HostileCase.to(module, "GET", first.path()).as(owner).header("Accept", "application/xml")
                .named(name + "asking for XML").expect(406, "NOT_ACCEPTABLE").build());
        cases.add(HostileCase.to(module, "POST", first.createPath()).as(owner).json("")
                .named(name + "a create without a body").expect(400, "VALIDATION_FAILED")
                .unchanged(() -> HostileTargets.total(module, first.path())).build());
        cases.add(HostileCase.to(module, "POST", first.createPath()).as(owner)
                .json("{\"" + MARK + "\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}")
                .named(name + "an 11 MiB body").expect(413, "REQUEST_TOO_LARGE")
                .unchanged(() -> HostileTargets.total(module, first.path())).build());
        periods(module, "/api/work-summary", owner, name, cases);
    }

    /** A period that is no period: 400 VALIDATION_FAILED naming it, the input not echoed. */
    private static void periods(String module, String path, Caller caller, String name, List<HostileCase> cases) {
        String[][] periods = {
                { "from=0000-01-01&to=2011-06-30", "from year 0000" },
                { "from=2011-06-30&to=2011-01-01", "from after to" },
                { "from=" + MARK + "&to=2011-06-30", "from no date" },
                { "from=2011-01-01T00:00:00Z&to=2011-06-30", "from a date-time" },
                { "to=2011-06-30", "no from" },
        };
        for (String[] period : periods) {
            cases.add(HostileCase.to(module, "GET", path + "?" + period[0]).as(caller)
                    .named(name + "work summary " + period[1]).expect(400, "VALIDATION_FAILED").mustNotEcho(MARK)
                    .build());
        }
    }
}
