package io.devzone.system;

import static io.devzone.system.Api.GATEWAY;
import static io.devzone.system.Api.INVESTMENT;
import static io.devzone.system.Api.LAND;
import static io.devzone.system.Api.PARTY_AFFAIRS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.devzone.system.HostileCase.Caller;
import io.devzone.system.HostileCase.Finding;
import io.devzone.system.HostileTargets.Resource;
import io.devzone.system.HostileTargets.Transition;

/**
 * Requests from callers not entitled to them: every department's writes by the other departments and the leader
 * (403 FORBIDDEN, nothing written), forged and missing tokens everywhere (401 UNAUTHENTICATED), and personal data
 * asked for by a department that does not own it (the records, with those fields null and FORBIDDEN at their paths).
 */
final class HostileAccessCases {

    private HostileAccessCases() {
    }

    static List<HostileCase> of(HostileTargets targets, List<Caller> forged) {
        List<HostileCase> cases = new ArrayList<>();
        roles(targets, cases);
        tokens(targets, forged, cases);
        personalData(targets, cases);
        return cases;
    }

    private static List<Caller> othersThan(String module) {
        List<Caller> others = new ArrayList<>();
        for (String department : List.of(INVESTMENT, LAND, PARTY_AFFAIRS)) {
            if (!department.equals(module)) {
                others.add(HostileRestCases.owner(department));
            }
        }
        others.add(new Caller("leader", Keycloak.leader()));
        return others;
    }

    private static void roles(HostileTargets targets, List<HostileCase> cases) {
        for (Resource r : targets.resources) {
            for (Caller caller : othersThan(r.module())) {
                String by = " by " + caller.label();
                cases.add(HostileCase.to(r.module(), "POST", r.createPath()).as(caller).json(Json.write(r.body()))
                        .named(r.path() + ": create" + by).expect(403, "FORBIDDEN")
                        .unchanged(() -> HostileTargets.total(r.module(), r.path())).build());
                cases.add(HostileCase.to(r.module(), "PUT", r.record()).as(caller).json(r.updateBody())
                        .named(r.path() + ": update" + by).expect(403, "FORBIDDEN")
                        .unchanged(() -> HostileTargets.version(r.module(), r.record())).build());
                cases.add(HostileCase.to(r.module(), "DELETE", r.record()).as(caller)
                        .named(r.path() + ": delete" + by).expect(403, "FORBIDDEN")
                        .unchanged(() -> HostileTargets.version(r.module(), r.record())).build());
            }
        }
        for (Transition t : targets.transitions) {
            Resource r = t.resource();
            for (Caller caller : othersThan(r.module())) {
                cases.add(HostileCase.to(r.module(), "POST", r.record() + t.path()).as(caller)
                        .json(t.bodyAtCurrentVersion()).named(r.path() + t.path() + " by " + caller.label())
                        .expect(403, "FORBIDDEN")
                        .unchanged(() -> HostileTargets.version(r.module(), r.record())).build());
            }
        }
        Map<String, Mutation> mutations = Map.of(
                INVESTMENT, new Mutation("createEnterprise", "EnterpriseInput", targets.resource("/api/enterprises")),
                LAND, new Mutation("createResettlementArea", "ResettlementAreaInput",
                        targets.resource("/api/resettlement-areas")),
                PARTY_AFFAIRS, new Mutation("createPartyActivity", "PartyActivityInput",
                        targets.resource("/api/party-activities")));
        mutations.forEach((module, mutation) -> {
            for (Caller caller : othersThan(module)) {
                for (String target : List.of(module, GATEWAY)) {
                    cases.add(HostileCase.graphql(target, mutation.text(), Map.of("input", mutation.resource().body()))
                            .as(caller).named(target + ": GraphQL " + mutation.name() + " by " + caller.label())
                            .expect(200, "FORBIDDEN").unchanged(mutation::total).build());
                }
            }
        });
    }

    /** A create mutation of a department's, with a valid input, and the list it would add to. */
    record Mutation(String name, String inputType, Resource resource) {
        String text() {
            return "mutation($input: " + inputType + "!) { " + name + "(input: $input) { id } }";
        }

        Object total() {
            return HostileTargets.total(resource.module(), resource.path());
        }
    }

    private static void tokens(HostileTargets targets, List<Caller> forged, List<HostileCase> cases) {
        List<Caller> callers = new ArrayList<>(forged);
        callers.add(Caller.NONE);
        Resource enterprises = targets.resource("/api/enterprises");
        for (Caller caller : callers) {
            String by = " with " + caller.label();
            for (String module : List.of(INVESTMENT, LAND, PARTY_AFFAIRS)) {
                Resource first = targets.resources.stream().filter(r -> r.module().equals(module)).findFirst()
                        .orElseThrow();
                cases.add(HostileCase.to(module, "GET", first.path()).as(caller).named(module + ": REST list" + by)
                        .expect(401, "UNAUTHENTICATED").build());
                cases.add(HostileCase.graphql(module, "{ _service { sdl } }", null).as(caller)
                        .named(module + ": GraphQL" + by).expect(401, "UNAUTHENTICATED").build());
            }
            cases.add(HostileCase.to(INVESTMENT, "POST", enterprises.path()).as(caller)
                    .json(Json.write(enterprises.body())).named(INVESTMENT + ": REST create" + by)
                    .expect(401, "UNAUTHENTICATED")
                    .unchanged(() -> HostileTargets.total(INVESTMENT, enterprises.path())).build());
            cases.add(HostileCase.graphql(GATEWAY, "{ enterprises { totalItems } }", null).as(caller)
                    .named(GATEWAY + ": GraphQL" + by).expect(401, "UNAUTHENTICATED").build());
        }
    }

    private static void personalData(HostileTargets targets, List<HostileCase> cases) {
        List<String> household = List.of("headName", "idNumber", "phone", "members");
        List<String> member = List.of("name", "identityNumber", "phone");
        String households = "{ relocationHouseholds { items { id memberCount headName idNumber phone members { name } } } }";
        String members = "{ partyMembers { items { id stage name identityNumber phone } } }";
        for (Caller caller : List.of(HostileRestCases.owner(INVESTMENT), HostileRestCases.owner(PARTY_AFFAIRS))) {
            personalDataWithheld(targets, cases, caller, LAND, "/api/relocation-households", "relocationHouseholds",
                    households, household, "{ relocationHouseholds { items { id status history { field } } } }");
            String idNumber = "990001196001011012";
            cases.add(HostileCase.to(LAND, "GET", "/api/relocation-households?idNumber=" + idNumber).as(caller)
                    .named("/api/relocation-households: searched by identity number by " + caller.label())
                    .expect(403, "FORBIDDEN").mustNotEcho(idNumber).build());
            cases.add(HostileCase.to(LAND, "GET", "/api/relocation-households?phone=13800000001").as(caller)
                    .named("/api/relocation-households: searched by phone by " + caller.label())
                    .expect(403, "FORBIDDEN").mustNotEcho("13800000001").build());
        }
        for (Caller caller : List.of(HostileRestCases.owner(INVESTMENT), HostileRestCases.owner(LAND))) {
            personalDataWithheld(targets, cases, caller, PARTY_AFFAIRS, "/api/party-members", "partyMembers", members,
                    member, "{ partyMembers { items { id stage history { field } } } }");
            cases.add(HostileCase.to(PARTY_AFFAIRS, "GET", "/api/party-members?name=%E5%BC%A0").as(caller)
                    .named("/api/party-members: searched by name by " + caller.label()).expect(403, "FORBIDDEN")
                    .build());
            cases.add(HostileCase.to(PARTY_AFFAIRS, "GET", "/api/party-members?sort=name").as(caller)
                    .named("/api/party-members: sorted by name by " + caller.label()).expect(403, "FORBIDDEN")
                    .build());
        }
    }

    /**
     * A caller of another department gets the {@code owner}'s {@code list} (REST: at {@code path}) without the
     * {@code personal} fields {@code query} asks for, nor the history {@code historyQuery} asks for, from the owner
     * and the gateway alike; over REST it lists the records without them and reads no record's history.
     */
    private static void personalDataWithheld(HostileTargets targets, List<HostileCase> cases, Caller caller,
            String owner, String path, String list, String query, List<String> personal, String historyQuery) {
        for (String target : List.of(owner, GATEWAY)) {
            graphqlWithheld(cases, target, caller, list, query, personal);
            graphqlWithheld(cases, target, caller, list, historyQuery, List.of("history"));
        }
        cases.add(HostileCase.to(owner, "GET", path).as(caller)
                .named(path + ": listed by " + caller.label()).expect(200, null)
                .check(restWithheld(personal)).build());
        cases.add(HostileCase.to(owner, "GET", targets.resource(path).record() + "/history")
                .as(caller).named(path + ": history read by " + caller.label())
                .expect(403, "FORBIDDEN").build());
    }

    private static void graphqlWithheld(List<HostileCase> cases, String target, Caller caller, String list,
            String query, List<String> fields) {
        cases.add(HostileCase.graphql(target, query, null).as(caller)
                .named(target + ": " + list + " " + fields + " by " + caller.label()).expect(200, "FORBIDDEN")
                .check(graphqlWithheld(list, fields)).build());
    }

    /** Every record comes back, each withheld field null with a FORBIDDEN error at its own path. */
    private static Function<JsonNode, List<Finding>> graphqlWithheld(String list, List<String> fields) {
        return answer -> {
            List<Finding> findings = new ArrayList<>();
            JsonNode items = answer.path("data").path(list).path("items");
            if (!items.isArray() || items.isEmpty()) {
                findings.add(new Finding(false, "the records were withheld, not just their personal fields: "
                        + answer.path("data")));
                return findings;
            }
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (item.isNull() || item.path("id").isMissingNode() || item.path("id").isNull()) {
                    findings.add(new Finding(false, list + ".items[" + i + "] was nulled whole"));
                    continue;
                }
                for (String field : fields) {
                    if (item.hasNonNull(field)) {
                        findings.add(new Finding(true, list + ".items[" + i + "]." + field + " was shown"));
                    } else if (!hasForbiddenAt(answer, List.of(list, "items", String.valueOf(i), field))) {
                        findings.add(new Finding(false, "no FORBIDDEN error at " + list + ".items." + i + "." + field));
                    }
                }
            }
            return findings;
        };
    }

    private static boolean hasForbiddenAt(JsonNode answer, List<String> path) {
        for (JsonNode error : answer.path("errors")) {
            List<String> at = new ArrayList<>();
            error.path("path").forEach(p -> at.add(p.asText()));
            if (at.equals(path) && "FORBIDDEN".equals(error.path("extensions").path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    /** REST: every record comes back with the personal fields null and named in redactedFields. */
    private static Function<JsonNode, List<Finding>> restWithheld(List<String> fields) {
        return answer -> {
            List<Finding> findings = new ArrayList<>();
            JsonNode items = answer.path("items");
            if (!items.isArray() || items.isEmpty()) {
                findings.add(new Finding(false, "no records listed"));
            }
            for (JsonNode item : items) {
                List<String> redacted = new ArrayList<>();
                item.path("redactedFields").forEach(f -> redacted.add(f.asText()));
                for (String field : fields) {
                    if (item.hasNonNull(field)) {
                        findings.add(new Finding(true, field + " of " + item.path("id").asText() + " was shown"));
                    } else if (!redacted.contains(field)) {
                        findings.add(new Finding(false, field + " missing from redactedFields " + redacted));
                    }
                }
            }
            return findings;
        };
    }
}
