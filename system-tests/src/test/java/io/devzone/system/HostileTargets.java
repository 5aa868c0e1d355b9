package io.devzone.system;

import static io.devzone.system.Api.INVESTMENT;
import static io.devzone.system.Api.LAND;
import static io.devzone.system.Api.PARTY_AFFAIRS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every REST resource of the three services as the hostile-input suite attacks it: where it lives, who writes it, a
 * valid body for it (so a refusal can only be for the one thing made wrong), which of its fields are text, a date,
 * a number and an enum, and one of its demo records. Readings taken as a leader tell whether a refused request wrote.
 */
final class HostileTargets {

    /** Roles and the demo users who hold them. */
    static final Map<String, String> WRITERS = Map.of(INVESTMENT, "investment", LAND, "land",
            PARTY_AFFAIRS, "party-affairs");

    record Resource(String module, String path, String createPath, Map<String, Object> body, String text,
            String date, String number, String enumField, String recordId) {

        String record() {
            return path + "/" + recordId;
        }

        /**
         * The valid body with one field replaced by a hostile value (a JSON fragment, inserted as written), its unique
         * names made unique again: a hostile body a service wrongly accepts must not turn the next into a duplicate.
         */
        String bodyWith(String field, String rawJson) {
            Map<String, Object> copy = new LinkedHashMap<>(body);
            copy.put(field, PLACEHOLDER);
            return Json.write(copy).replace("\"" + PLACEHOLDER + "\"", rawJson)
                    .replace(TAG, TAG + "-" + BODIES.incrementAndGet());
        }

        /** The valid body as an update of the demo record at its current version. */
        String updateBody() {
            Map<String, Object> copy = new LinkedHashMap<>(body);
            copy.put("version", version(module, record()));
            return Json.write(copy);
        }
    }

    private static final String PLACEHOLDER = "@@hostile@@";
    /** In every unique name (enterprise, parcel code, case number, title) of this run's bodies. */
    private static final String TAG = "H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final AtomicInteger BODIES = new AtomicInteger();

    /** A pipeline move (stage, status, step, plot) of a demo record, with the version it was read at. */
    record Transition(Resource resource, String path, Map<String, Object> body) {
        String bodyAtCurrentVersion() {
            Map<String, Object> copy = new LinkedHashMap<>(body);
            copy.put("version", version(resource.module(), resource.record()));
            return Json.write(copy);
        }
    }

    private final String leader = Keycloak.leader();
    final List<Resource> resources;
    final List<Transition> transitions;

    HostileTargets() {
        String enterprise = firstId(INVESTMENT, "/api/enterprises");
        String project = firstId(INVESTMENT, "/api/investment-projects");
        String meeting = firstId(INVESTMENT, "/api/scheduling-meetings");
        String parcel = firstId(LAND, "/api/land-parcels");
        String area = firstId(LAND, "/api/resettlement-areas");
        String plot = firstId(LAND, "/api/resettlement-plots");
        String organisation = firstId(PARTY_AFFAIRS, "/api/party-organisations");
        String tag = TAG;
        resources = List.of(
                resource(INVESTMENT, "/api/enterprises", null, Map.of("name", "敌意 " + tag, "park", "JIANGBEI",
                        "industryChain", "NON_FERROUS_DEEP_PROCESSING", "aboveDesignatedSize", true),
                        "name", null, null, "park"),
                resource(INVESTMENT, "/api/enterprise-monthly-figures", null, Map.of("enterpriseId", enterprise,
                        "month", "2011-07-01", "taxPaidCny", 1000, "industrialAddedValueCny", 1000,
                        "fixedAssetInvestmentCny", 1000), null, "month", "taxPaidCny", null),
                resource(INVESTMENT, "/api/investment-projects", null, Map.of("name", "敌意 " + tag, "enterpriseId",
                        enterprise, "industryChain", "LOGISTICS", "park", "ZIWU", "agreedInvestmentCny", 1000000,
                        "strategicInvestor", false, "stageOn", "2011-06-01"),
                        "name", "stageOn", "agreedInvestmentCny", "park"),
                resource(INVESTMENT, "/api/capital-arrivals", null, Map.of("investmentProjectId", project,
                        "origin", "DOMESTIC", "arrivedOn", "2011-03-25", "amountCny", 1000, "note", "敌意"),
                        "note", "arrivedOn", "amountCny", "origin"),
                resource(INVESTMENT, "/api/infrastructure-projects", null, Map.of("name", "敌意 " + tag, "kind",
                        "ROAD", "park", "JIANGBEI", "status", "PLANNED", "budgetCny", 1000, "spentCny", 0,
                        "investmentCompletedCny", 0, "earthworkM3", 0, "landLevelledMu", 0),
                        "name", "startedOn", "budgetCny", "kind"),
                resource(INVESTMENT, "/api/financings", null, Map.of("beneficiary", "ZONE_INFRASTRUCTURE", "kind",
                        "SUBSIDY", "source", "敌意", "arrangedOn", "2011-05-16", "arrangedCny", 1000,
                        "receivedCny", 0), "source", "arrangedOn", "arrangedCny", "kind"),
                resource(INVESTMENT, "/api/scheduling-meetings", null, Map.of("kind", "MONTHLY", "heldOn",
                        "2011-03-02", "title", "敌意 " + tag, "investmentProjectIds", List.of()),
                        "title", "heldOn", null, "kind"),
                resource(INVESTMENT, "/api/meeting-problems", "/api/scheduling-meetings/" + meeting + "/problems",
                        Map.of("description", "敌意", "owner", "张三", "dueOn", "2011-04-30"),
                        "description", "dueOn", null, null),
                resource(INVESTMENT, "/api/targets", null, Map.of("indicator", "TAX_PAID_CNY", "year", 2031,
                        "targetValue", 1000), null, null, "targetValue", "indicator"),
                resource(LAND, "/api/land-parcels", null, Map.of("code", "HOSTILE-" + tag, "name", "敌意", "park",
                        "JIANGBEI", "areaMu", 10, "plannedUse", "ROAD", "statusOn", "2011-01-04"),
                        "name", "statusOn", "areaMu", "plannedUse"),
                resource(LAND, "/api/acquisitions", null, Map.of("parcelId", parcel, "areaMu", 0.01, "acquiredOn",
                        "2011-06-20", "compensationCny", 0, "forestQuotaMu", 0, "note", "敌意"),
                        "note", "acquiredOn", "areaMu", null),
                resource(LAND, "/api/land-disputes", null, Map.of("parcelId", parcel, "subject", "敌意", "raisedOn",
                        "2011-05-01", "status", "OPEN"), "subject", "raisedOn", null, "status"),
                resource(LAND, "/api/relocation-households", null, Map.of("parcelId", parcel, "headName", "张三",
                        "idNumber", "990001196001011012", "phone", "13800000009", "members", List.of(),
                        "houseAreaM2", 100, "compensationCny", 0), "headName", null, "compensationCny", null),
                resource(LAND, "/api/resettlement-areas", null, Map.of("name", "敌意 " + tag, "park", "JIANGBEI",
                        "description", "敌意"), "name", null, null, "park"),
                resource(LAND, "/api/resettlement-plots", null, Map.of("areaId", area, "code", "H-" + tag,
                        "areaM2", 100), "code", null, "areaM2", null),
                resource(LAND, "/api/land-use-cases", null, Map.of("caseNumber", "HOSTILE-" + tag, "type",
                        "ROUTINE", "subject", "敌意", "areaMu", 1, "submittedOn", "2011-01-05"),
                        "subject", "submittedOn", "areaMu", "type"),
                resource(LAND, "/api/expansion-applications", null, Map.of("title", "敌意 " + tag, "submittedOn",
                        "2011-01-20", "steps", List.of(Map.of("name", "敌意", "status", "PENDING"))),
                        "title", "submittedOn", null, null),
                resource(PARTY_AFFAIRS, "/api/party-organisations", null, Map.of("name", "敌意 " + tag, "kind",
                        "BRANCH", "parentId", organisation, "establishedOn", "2010-01-01"),
                        "name", "establishedOn", null, "kind"),
                resource(PARTY_AFFAIRS, "/api/party-members", null, Map.of("name", "张三", "identityNumber",
                        "99010119780110011X", "phone", "13900000009", "category", "CADRE", "organisationId",
                        organisation, "appliedOn", "2011-03-10"), "name", "appliedOn", null, "category"),
                resource(PARTY_AFFAIRS, "/api/party-activities", null, Map.of("type", "PARTY_LECTURE", "heldOn",
                        "2011-06-28", "title", "敌意 " + tag, "organiser", "区党委", "participantsCount", 60,
                        "enterpriseIds", List.of()), "title", "heldOn", "participantsCount", "type"),
                resource(PARTY_AFFAIRS, "/api/party-honours", null, Map.of("kind",
                        "ADVANCED_GRASSROOTS_ORGANISATION", "awardedOn", "2011-06-28", "title", "敌意 " + tag,
                        "organisationId", organisation), "title", "awardedOn", null, "kind"));
        transitions = List.of(
                new Transition(resource("/api/investment-projects"), "/stage-changes",
                        Map.of("stage", "DROPPED", "on", "2011-06-30")),
                new Transition(resource("/api/land-parcels"), "/status-changes",
                        Map.of("status", "ACQUIRING", "on", "2011-06-30")),
                new Transition(resource("/api/relocation-households"), "/status-changes",
                        Map.of("status", "NEGOTIATING", "on", "2011-06-30")),
                new Transition(resource("/api/relocation-households"), "/plot-assignment", Map.of("plotId", plot)),
                new Transition(resource("/api/party-members"), "/steps", Map.of("step", "ACTIVIST", "on",
                        "2011-06-30")));
    }

    Resource resource(String path) {
        return resources.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    private Resource resource(String module, String path, String createPath, Map<String, Object> body, String text,
            String date, String number, String enumField) {
        return new Resource(module, path, createPath == null ? path : createPath, body, text, date, number,
                enumField, firstId(module, path));
    }

    private String firstId(String module, String path) {
        JsonNode items = HostileClient.read(module, path + "?size=1", leader).path("items");
        if (items.isEmpty()) {
            throw new IllegalStateException(path + " has no demo record to attack");
        }
        return items.get(0).path("id").asText();
    }

    /** How many records a list holds, as a leader sees it. */
    static Object total(String module, String path) {
        return HostileClient.read(module, path + "?size=1", Keycloak.leader()).path("totalItems").asLong();
    }

    /** A record's version, as a leader sees it ("gone" once deleted). */
    static Object version(String module, String recordPath) {
        HostileClient.Answer answer = HostileClient.get(module, recordPath, Keycloak.leader());
        return answer.status() == 200 ? answer.json().path("version").asInt() : "gone (" + answer.status() + ")";
    }
}
