package io.devzone.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The soak's requests, as the four demo roles: the leader reads across services through the gateway (a page of
 * projects with their parcels and their enterprise's activities, the work summary) and lists each service's records;
 * each department creates its own records, updates them with the version it was answered, moves them along their
 * pipeline and, on purpose, writes with a stale version (which must be a CONFLICT). Every 2xx write goes into the
 * {@link SoakLedger}; every answer into the {@link SoakVerdict}, judged against the fault of the moment.
 */
final class SoakWorkload {

    static final String GATEWAY = "gateway";
    static final String INVESTMENT = "investment-service";
    static final String LAND = "land-service";
    static final String PARTY_AFFAIRS = "party-affairs-service";
    static final Set<String> SUBGRAPHS = Set.of(INVESTMENT, LAND, PARTY_AFFAIRS);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** GraphQL codes of a write the service turned down before writing. */
    private static final Set<String> REFUSALS = Set.of("CONFLICT", "VALIDATION_FAILED", "BAD_REQUEST", "FORBIDDEN",
            "NOT_FOUND", "UNAUTHENTICATED");

    static final String JOINED = "query($page: Int) { investmentProjects(page: $page, size: 10, sort: \"name\") "
            + "{ totalItems items { id name stage landParcels { code areaMu } "
            + "enterprise { name partyActivities { title } } } } }";
    static final String WORK_SUMMARY = "{ workSummary(from: \"2011-01-01\", to: \"2011-06-30\") { "
            + "investment { landedProjects landedInvestmentCny } land { acquiredMu openDisputes } "
            + "partyAffairs { membersDeveloped } } }";

    /**
     * Which subgraph answers a field of the soak's GraphQL queries, by the last name in an error's path: a partial
     * answer may miss only the faulted subgraph's fields.
     */
    static final Map<String, String> FIELD_OWNERS = Map.ofEntries(
            Map.entry("investmentProjects", INVESTMENT), Map.entry("enterprise", INVESTMENT),
            Map.entry("investment", INVESTMENT), Map.entry("updateInvestmentProject", INVESTMENT),
            // the work summary's root field is investment's; land and party affairs add their sections to it
            Map.entry("workSummary", INVESTMENT),
            Map.entry("landParcels", LAND), Map.entry("land", LAND), Map.entry("updateLandParcel", LAND),
            Map.entry("partyActivities", PARTY_AFFAIRS), Map.entry("partyAffairs", PARTY_AFFAIRS),
            Map.entry("createPartyActivity", PARTY_AFFAIRS));

    /** One department's records that the soak writes. */
    record Department(String module, String role, String collection, String nameField, String moveField,
                      String moveEndpoint) {
    }

    static final Department PROJECTS = new Department(INVESTMENT, "zhang.wei", "investment-projects", "name", "stage",
            "stage-changes");
    static final Department PARCELS = new Department(LAND, "li.na", "land-parcels", "code", "status",
            "status-changes");
    static final Department ACTIVITIES = new Department(PARTY_AFFAIRS, "wang.fang", "party-activities", "title", null,
            null);
    static final List<Department> DEPARTMENTS = List.of(PROJECTS, PARCELS, ACTIVITIES);
    static final String LEADER = "chen.jie";
    /**
     * The services' business calendar (commons' {@code ZoneClock.ZONE}): a move is dated today there, never by the
     * machine's date, which is the day before from 16:00 to 24:00 UTC and then comes before the day the record
     * entered the pipeline, a move the services refuse.
     */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SuiteConfig config;
    private final SoakLogins logins;
    private final SoakLedger ledger;
    private final SoakVerdict verdict;
    private final Supplier<SoakFaults.Phase> phase;
    private final HttpClient http;
    /** Makes every record the run creates unique, so that a duplicated write shows as a name listed twice. */
    private final String tag;
    private final AtomicInteger sequence = new AtomicInteger();
    private String enterpriseId;

    SoakWorkload(SuiteConfig config, HttpClient http, SoakLogins logins, SoakLedger ledger, SoakVerdict verdict,
                 Supplier<SoakFaults.Phase> phase, String tag) {
        this.config = config;
        this.http = http;
        this.logins = logins;
        this.ledger = ledger;
        this.verdict = verdict;
        this.phase = phase;
        this.tag = tag;
    }

    /** The enterprise the soak's projects belong to: one of the demo data's. */
    void prepare() {
        Answer answer = send(LEADER, Set.of(INVESTMENT), get(INVESTMENT, "/api/enterprises?size=1"));
        JsonNode items = answer.json().path("items");
        if (answer.status() != 200 || items.isEmpty()) {
            throw new LauncherException("The soak needs an enterprise in investment-service (the demo data's): got HTTP "
                    + answer.status() + " " + answer.body());
        }
        enterpriseId = items.get(0).path("id").asText();
    }

    /** Whether the suite answers whole: the joined query through the gateway without errors, and each list. */
    boolean whole() {
        ObjectNode body = graphql(JOINED);
        body.putObject("variables").put("page", 0);
        Answer joined = send(LEADER, Set.of(), post(GATEWAY, "/graphql", body));
        return joined.status() == 200 && joined.graphqlErrors().isEmpty() && !joined.json().path("data").isMissingNode()
                && DEPARTMENTS.stream().allMatch(d -> send(LEADER, Set.of(), get(d.module(),
                "/api/" + d.collection() + "?size=1")).status() == 200);
    }

    /** Whether a demo user gets a new token from Keycloak now. */
    boolean canLogIn() {
        try {
            DemoLogin.token(http, config.tokenUrl(), LEADER);
            return true;
        } catch (LauncherException e) {
            return false;
        }
    }

    /** Sends one request of the mix, chosen at random by weight, and records how it ended. */
    void next() {
        verdict.sent();
        int pick = ThreadLocalRandom.current().nextInt(100);
        Department department = DEPARTMENTS.get(ThreadLocalRandom.current().nextInt(DEPARTMENTS.size()));
        if (pick < 25) {
            joinedPage();
        } else if (pick < 32) {
            workSummary();
        } else if (pick < 47) {
            listPage(department);
        } else if (pick < 55) {
            readOwn(department);
        } else if (pick < 67) {
            create(department);
        } else if (pick < 81) {
            update(department);
        } else if (pick < 91) {
            move(department);
        } else {
            staleUpdate(department);
        }
    }

    private void joinedPage() {
        ObjectNode body = graphql(JOINED);
        body.putObject("variables").put("page", ThreadLocalRandom.current().nextInt(3));
        judgeGraphql("gateway: projects, parcels, activities", LEADER, SUBGRAPHS, body);
    }

    private void workSummary() {
        judgeGraphql("gateway: work summary", LEADER, SUBGRAPHS, graphql(WORK_SUMMARY));
    }

    private void listPage(Department department) {
        String query = "/api/" + department.collection() + "?size=10&page=" + ThreadLocalRandom.current().nextInt(3);
        judge("REST: list page", send(LEADER, Set.of(department.module()), get(department.module(), query)));
    }

    private void readOwn(Department department) {
        ledger.borrow(department.collection()).ifPresentOrElse(entry -> {
            try {
                judge("REST: read a written record", send(department.role(), Set.of(department.module()),
                        get(department.module(), "/api/" + department.collection() + "/" + entry.key().id())));
            } finally {
                ledger.release(entry);
            }
        }, () -> listPage(department));
    }

    private void create(Department department) {
        int n = sequence.incrementAndGet();
        Map<String, Object> input = switch (department.collection()) {
            case "investment-projects" -> ordered("name", tag + "-project-" + n, "enterpriseId", enterpriseId,
                    "industryChain", "ELECTRONICS", "park", "JIANGBEI", "agreedInvestmentCny", 1_000_000 + n);
            case "land-parcels" -> ordered("code", tag + "-" + n, "name", "soak parcel " + n, "park", "ZIWU",
                    "areaMu", 10 + n % 50, "plannedUse", "INDUSTRIAL");
            default -> ordered("type", "TRAINING", "heldOn", "2026-01-15", "title", tag + "-activity-" + n,
                    "organiser", "soak", "participantsCount", n % 90);
        };
        Answer answer;
        String kind;
        if (department == ACTIVITIES) {
            // Through the gateway: a mutation's answer is the record, as REST's is.
            kind = "gateway: create party activity";
            ObjectNode variables = JSON.createObjectNode().set("input", JSON.valueToTree(input));
            answer = mutation(department, PARTY_AFFAIRS, "mutation($input: PartyActivityInput!) {"
                    + " createPartyActivity(input: $input) { id version title participantsCount summary } }",
                    variables, "createPartyActivity");
        } else {
            kind = "REST: create " + department.collection();
            answer = send(department.role(), Set.of(department.module()),
                    post(department.module(), "/api/" + department.collection(), JSON.valueToTree(input)));
        }
        if (judge(kind, answer) == SoakVerdict.Outcome.OK) {
            ledger.created(new SoakLedger.Key(department.collection(), answer.json().path("id").asText()),
                    contentOf(department, answer.json()));
        }
    }

    /** A mutation through the gateway to one subgraph; its answer is the record ({@code data.<field>}), as REST's. */
    private Answer mutation(Department department, String subgraph, String document, ObjectNode variables,
            String field) {
        ObjectNode body = graphql(document);
        body.set("variables", variables);
        return send(department.role(), Set.of(GATEWAY, subgraph), post(GATEWAY, "/graphql", body)).data(field);
    }

    private void update(Department department) {
        Optional<SoakLedger.Entry> borrowed = ledger.borrow(department.collection());
        if (borrowed.isEmpty()) {
            create(department);
            return;
        }
        SoakLedger.Entry entry = borrowed.get();
        Map<String, Object> input = updated(department, entry.acknowledged());
        Answer answer;
        String kind;
        if (department == PARCELS) {
            kind = "gateway: update land parcel";
            ObjectNode variables = JSON.createObjectNode().put("id", entry.key().id());
            variables.set("input", JSON.valueToTree(input));
            answer = mutation(department, LAND, "mutation($id: ID!, $input: LandParcelInput!) {"
                    + " updateLandParcel(id: $id, input: $input) { id version code name areaMu status } }",
                    variables, "updateLandParcel");
        } else {
            kind = "REST: update " + department.collection();
            answer = send(department.role(), Set.of(department.module()), put(department.module(),
                    "/api/" + department.collection() + "/" + entry.key().id(), JSON.valueToTree(input)));
        }
        settle(entry, kind, answer, department, attempted(department, entry.acknowledged(), input));
    }

    private void move(Department department) {
        if (department.moveEndpoint() == null) {
            update(department);
            return;
        }
        Optional<SoakLedger.Entry> borrowed = ledger.borrow(department.collection());
        if (borrowed.isEmpty()) {
            create(department);
            return;
        }
        SoakLedger.Entry entry = borrowed.get();
        String from = entry.acknowledged().fields().get(department.moveField());
        String to = nextMove(department, from);
        if (to == null) {
            ledger.release(entry);
            update(department);
            return;
        }
        ObjectNode input = JSON.createObjectNode().put(department.moveField(), to)
                .put("on", LocalDate.now(ZONE).toString()).put("version", entry.acknowledged().version());
        Answer answer = send(department.role(), Set.of(department.module()), post(department.module(),
                "/api/" + department.collection() + "/" + entry.key().id() + "/" + department.moveEndpoint(), input));
        Map<String, String> fields = new LinkedHashMap<>(entry.acknowledged().fields());
        fields.put(department.moveField(), to);
        settle(entry, "REST: " + department.moveField() + " change", answer, department,
                new SoakLedger.Content(fields, entry.acknowledged().version() + 1));
    }

    /** The next step of the soak's records' pipelines, short of the steps that need other records first. */
    static String nextMove(Department department, String from) {
        List<String> steps = department == PROJECTS ? List.of("LEAD", "NEGOTIATING", "INTENT", "SIGNED")
                : List.of("PLANNED", "ACQUIRING");
        int at = steps.indexOf(from);
        return at < 0 || at == steps.size() - 1 ? null : steps.get(at + 1);
    }

    private void staleUpdate(Department department) {
        Optional<SoakLedger.Entry> borrowed = ledger.borrow(department.collection());
        if (borrowed.isEmpty() || borrowed.get().acknowledged().version() == 0) {
            borrowed.ifPresent(ledger::release);
            update(department);
            return;
        }
        SoakLedger.Entry entry = borrowed.get();
        Map<String, Object> input = updated(department, entry.acknowledged());
        input.put("version", entry.acknowledged().version() - 1);
        Answer answer = send(department.role(), Set.of(department.module()), put(department.module(),
                "/api/" + department.collection() + "/" + entry.key().id(), JSON.valueToTree(input)));
        String kind = "REST: stale-version update (conflict)";
        if (answer.status() == 409 && "CONFLICT".equals(answer.json().path("code").asText())) {
            verdict.answered(kind, phase.get().name(), SoakVerdict.Outcome.CONFLICT_AS_MEANT, null, answer.nanos());
            ledger.release(entry);
            return;
        }
        if (answer.status() / 100 == 2) {
            // Accepted a stale write: the ledger follows what the service now holds, the verdict fails it.
            verdict.answered(kind, phase.get().name(), SoakVerdict.Outcome.FAILED, "stale version accepted",
                    answer.nanos());
            ledger.acknowledged(entry, contentOf(department, answer.json()));
            return;
        }
        SoakVerdict.Outcome outcome = failure(answer);
        verdict.answered(kind, phase.get().name(), outcome, answer.code(), answer.nanos());
        if (answer.refused()) {
            ledger.release(entry);
        } else {
            ledger.unanswered(entry, attempted(department, entry.acknowledged(), input));
        }
    }

    /** Records a write's answer in the verdict and the ledger. */
    private void settle(SoakLedger.Entry entry, String kind, Answer answer, Department department,
                        SoakLedger.Content attempted) {
        SoakVerdict.Outcome outcome = judge(kind, answer);
        if (outcome == SoakVerdict.Outcome.OK) {
            ledger.acknowledged(entry, contentOf(department, answer.json()));
        } else if (answer.refused()) {
            ledger.release(entry);
        } else {
            ledger.unanswered(entry, attempted);
        }
    }

    /** The input of an update: the acknowledged record with its figure changed, and its version. */
    private Map<String, Object> updated(Department department, SoakLedger.Content now) {
        Map<String, String> f = now.fields();
        Map<String, Object> input = switch (department.collection()) {
            case "investment-projects" -> ordered("name", f.get("name"), "enterpriseId", enterpriseId,
                    "industryChain", "ELECTRONICS", "park", "JIANGBEI",
                    "agreedInvestmentCny", new BigDecimal(f.get("agreedInvestmentCny")).add(
                            BigDecimal.valueOf(1000)), "stage", f.get("stage"));
            case "land-parcels" -> ordered("code", f.get("code"), "name", f.get("name"), "park", "ZIWU",
                    "areaMu", new BigDecimal(f.get("areaMu")).add(BigDecimal.ONE),
                    "plannedUse", "INDUSTRIAL", "status", f.get("status"));
            default -> ordered("type", "TRAINING", "heldOn", "2026-01-15", "title", f.get("title"), "organiser",
                    "soak", "participantsCount", Integer.parseInt(f.get("participantsCount")) + 1, "summary",
                    "updated at version " + now.version());
        };
        input.put("version", now.version());
        return input;
    }

    /** What a record would hold had this update been applied. */
    private static SoakLedger.Content attempted(Department department, SoakLedger.Content now,
                                                Map<String, Object> input) {
        Map<String, Object> fields = new LinkedHashMap<>();
        now.fields().keySet().forEach(name -> fields.put(name, input.containsKey(name) ? input.get(name)
                : now.fields().get(name)));
        return SoakLedger.content(fields, now.version() + 1);
    }

    /** The fields the ledger compares, as a record's JSON (REST or GraphQL) has them. */
    static SoakLedger.Content contentOf(Department department, JsonNode record) {
        List<String> names = switch (department.collection()) {
            case "investment-projects" -> List.of("name", "agreedInvestmentCny", "stage");
            case "land-parcels" -> List.of("code", "name", "areaMu", "status");
            default -> List.of("title", "participantsCount", "summary");
        };
        Map<String, Object> fields = new LinkedHashMap<>();
        names.forEach(name -> fields.put(name, record.path(name).isNull() || record.path(name).isMissingNode()
                ? null : record.path(name).asText()));
        return SoakLedger.content(fields, record.path("version").asInt());
    }

    /** A record as it reads now, as the leader (empty when it is not found). */
    Optional<SoakLedger.Content> readBack(SoakLedger.Key key) {
        Department department = DEPARTMENTS.stream().filter(d -> d.collection().equals(key.collection()))
                .findFirst().orElseThrow();
        for (int attempt = 1; ; attempt++) {
            Answer answer = send(LEADER, Set.of(), get(department.module(),
                    "/api/" + key.collection() + "/" + key.id()));
            if (answer.status() == 200) {
                return Optional.of(contentOf(department, answer.json()));
            }
            if (answer.status() == 404 || attempt == 5) {
                return Optional.empty();
            }
            ManagedProcess.sleep(Duration.ofSeconds(2));
        }
    }

    /** The names of every record of this run a department lists (all pages). */
    List<String> namesListed(Department department) {
        List<String> names = new ArrayList<>();
        for (int page = 0; ; page++) {
            String query = "/api/" + department.collection() + "?size=100&page=" + page + "&"
                    + department.nameField() + "=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
            Answer answer = send(LEADER, Set.of(), get(department.module(), query));
            if (answer.status() != 200) {
                throw new LauncherException("Could not list the run's " + department.collection() + ": HTTP "
                        + answer.status() + " " + answer.body());
            }
            answer.json().path("items").forEach(item -> names.add(item.path(department.nameField()).asText()));
            if (page + 1 >= answer.json().path("totalPages").asInt()) {
                return names;
            }
        }
    }

    /** An answer: OK when it is a 2xx without GraphQL errors, otherwise a failure judged against the fault. */
    private SoakVerdict.Outcome judge(String kind, Answer answer) {
        SoakVerdict.Outcome outcome = answer.status() / 100 == 2 && answer.graphqlErrors().isEmpty()
                ? SoakVerdict.Outcome.OK : failure(answer);
        verdict.answered(kind, phase.get().name(), outcome, outcome == SoakVerdict.Outcome.OK ? null : answer.code(),
                answer.nanos());
        return outcome;
    }

    /** A failed request is the fault's when a component it needs was at fault when it was sent or answered. */
    private SoakVerdict.Outcome failure(Answer answer) {
        return answer.atFault() || phase.get().affects(answer.needs())
                ? SoakVerdict.Outcome.FAILED_AT_FAULT : SoakVerdict.Outcome.FAILED;
    }

    /** A gateway query: whole, or partial only at the faulted subgraph's fields with SUBGRAPH_UNAVAILABLE. */
    private void judgeGraphql(String kind, String role, Set<String> needs, ObjectNode body) {
        Set<String> withGateway = new HashSet<>(needs);
        withGateway.add(GATEWAY);
        Answer answer = send(role, withGateway, post(GATEWAY, "/graphql", body));
        List<JsonNode> errors = answer.graphqlErrors();
        if (answer.status() != 200 || errors.isEmpty()) {
            judge(kind, answer);
            return;
        }
        SoakFaults.Phase now = phase.get();
        List<String> wrong = new ArrayList<>();
        for (JsonNode error : errors) {
            String code = error.path("extensions").path("code").asText();
            String owner = owner(error.path("path"));
            // the gateway names the subgraph too: it must be the path's
            String named = error.path("extensions").path("subgraph").asText();
            boolean faulted = owner != null && (named.isEmpty() || owner.equals(named + "-service"))
                    && (answer.sentIn().processDown(owner) || now.processDown(owner));
            if (!code.equals("SUBGRAPH_UNAVAILABLE") || !faulted) {
                wrong.add(code + " at " + error.path("path") + " (" + now.name() + ")");
            }
        }
        String code = "GraphQL " + errors.get(0).path("extensions").path("code").asText();
        if (wrong.isEmpty()) {
            verdict.answered(kind, now.name(), SoakVerdict.Outcome.PARTIAL_AT_FAULT, code, answer.nanos());
        } else if (answer.atFault() || now.affects(needs) && now.database()) {
            // With PostgreSQL down a subgraph is up but fails: its errors are its own, not the gateway's.
            verdict.answered(kind, now.name(), SoakVerdict.Outcome.FAILED_AT_FAULT, code, answer.nanos());
        } else {
            wrong.forEach(verdict::wrongPartial);
            verdict.answered(kind, now.name(), SoakVerdict.Outcome.FAILED, code, answer.nanos());
        }
    }

    /** The subgraph that answers the field at this path: the last field name the soak's queries know. */
    static String owner(JsonNode path) {
        String owner = null;
        for (JsonNode segment : path) {
            if (segment.isTextual() && FIELD_OWNERS.containsKey(segment.asText())) {
                owner = FIELD_OWNERS.get(segment.asText());
            }
        }
        return owner;
    }

    private HttpRequest.Builder get(String module, String path) {
        return HttpRequest.newBuilder(url(module, path)).GET();
    }

    private HttpRequest.Builder post(String module, String path, JsonNode body) {
        return HttpRequest.newBuilder(url(module, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpRequest.Builder put(String module, String path, JsonNode body) {
        return HttpRequest.newBuilder(url(module, path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private URI url(String module, String path) {
        return URI.create(config.serviceUrl(module) + path);
    }

    private static ObjectNode graphql(String query) {
        return JSON.createObjectNode().put("query", query);
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Sends as the role; status 0 when no answer came (refused, reset, timed out). */
    private Answer send(String role, Set<String> needs, HttpRequest.Builder request) {
        SoakFaults.Phase sentIn = phase.get();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + logins.token(role)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), null, System.nanoTime() - start, needs, sentIn);
        } catch (HttpTimeoutException e) {
            return new Answer(0, "", "timed out after " + TIMEOUT.toSeconds() + " s", -1, needs, sentIn);
        } catch (ConnectException e) {
            return new Answer(0, "", "connection refused", -1, needs, sentIn);
        } catch (IOException e) {
            return new Answer(0, "", "connection lost", -1, needs, sentIn);
        } catch (LauncherException e) {
            // Keycloak gave no token: the request needed Keycloak, not the service.
            return new Answer(0, "", "no token from Keycloak", -1, Set.of(Suite.KEYCLOAK), sentIn);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "interrupted", -1, needs, sentIn);
        }
    }

    /**
     * One answer.
     *
     * @param failure how the request failed without an answer (status 0)
     * @param needs   the components it needs
     * @param sentIn  the phase when it was sent
     */
    record Answer(int status, String body, String failure, long nanos, Set<String> needs, SoakFaults.Phase sentIn) {

        JsonNode json() {
            try {
                return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }

        List<JsonNode> graphqlErrors() {
            List<JsonNode> errors = new ArrayList<>();
            json().path("errors").forEach(errors::add);
            return errors;
        }

        /**
         * Whether the service surely did not apply the write: a 4xx, or GraphQL errors that say so. A 5xx, a
         * timeout or SUBGRAPH_UNAVAILABLE may come after the write was committed.
         */
        boolean refused() {
            if (status / 100 == 4) {
                return true;
            }
            List<JsonNode> errors = graphqlErrors();
            return status == 200 && !errors.isEmpty() && errors.stream().map(e -> e.path("extensions").path("code")
                    .asText()).allMatch(REFUSALS::contains);
        }

        boolean atFault() {
            return sentIn.affects(needs);
        }

        /** The error's code: how the connection failed, or the HTTP status with the house code. */
        String code() {
            if (status == 0) {
                return failure;
            }
            List<JsonNode> errors = graphqlErrors();
            if (status == 200 && !errors.isEmpty()) {
                return "GraphQL " + errors.get(0).path("extensions").path("code").asText();
            }
            String house = status / 100 == 2 ? "" : json().path("code").asText();
            return "HTTP " + status + (house.isEmpty() ? "" : " " + house);
        }

        /** A mutation's answer through the gateway as its record alone, keeping the errors for judging. */
        Answer data(String field) {
            JsonNode json = json();
            JsonNode record = json.path("data").path(field);
            if (status != 200 || !json.path("errors").isMissingNode() || record.isMissingNode() || record.isNull()) {
                return this;
            }
            return new Answer(status, record.toString(), null, nanos, needs, sentIn);
        }
    }
}
