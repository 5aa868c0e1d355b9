package io.devzone.party;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.devzone.launcher.demo.DemoRefs;
import io.devzone.launcher.demo.DemoScript;
import io.devzone.commons.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Records made through the REST API, named uniquely so tests sharing one database never collide. */
final class Fixtures {

    private Fixtures() {
    }

    /** A request as this department's user, with a JSON body. */
    static RequestSpecification asPartyAffairs() {
        return given().auth().oauth2(TestTokens.partyAffairs()).contentType(ContentType.JSON);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An enterprise id as the investment service would hand it out; this service never checks it there. */
    static String enterpriseId() {
        return UUID.randomUUID().toString();
    }

    static Map<String, Object> activity(String title, String heldOn, String... enterpriseIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "JOB_FAIR");
        body.put("heldOn", heldOn);
        body.put("title", title);
        body.put("organiser", "区党委组织部");
        body.put("participantsCount", 120);
        body.put("summary", "非公企业招聘会，30家企业参加");
        body.put("enterpriseIds", List.of(enterpriseIds));
        return body;
    }

    static String createActivity(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.partyAffairs()).contentType(ContentType.JSON).body(body)
                .post("/api/party-activities").then().statusCode(201).extract().path("id");
    }

    /** The H1 2011 party-affairs section just before and just after the demo file was replayed. */
    record DemoReplay(JsonPath before, JsonPath after) {
    }

    private static DemoReplay demo;

    static JsonPath summary(String from, String to) {
        return given().auth().oauth2(TestTokens.leader()).queryParam("from", from).queryParam("to", to)
                .get("/api/work-summary").then().statusCode(200).extract().jsonPath();
    }

    /**
     * Replays demo/h1-2011.json once per test run, through the REST API as wang.fang, with investment's enterprise
     * refs made up (lenient refs); it creates the zone Party committee, so every test that needs the tree calls this.
     */
    static synchronized DemoReplay demo() {
        if (demo == null) {
            JsonPath before = summary("2011-01-01", "2011-06-30");
            DemoScript.read(Path.of("demo/h1-2011.json"))
                    .replay(URI.create("http://localhost:" + RestAssured.port), TestTokens.partyAffairs(),
                            DemoRefs.lenient());
            demo = new DemoReplay(before, summary("2011-01-01", "2011-06-30"));
        }
        return demo;
    }

    /** The zone Party committee (made by the demo data). */
    static String committee() {
        demo();
        return given().auth().oauth2(TestTokens.leader()).queryParam("kind", "ZONE_PARTY_COMMITTEE")
                .get("/api/party-organisations").then().statusCode(200).extract().path("items[0].id");
    }

    static Map<String, Object> branch(String name, String parentId, String enterpriseId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "BRANCH");
        body.put("parentId", parentId);
        body.put("enterpriseId", enterpriseId);
        body.put("establishedOn", "2008-07-01");
        return body;
    }

    static String createBranch(String name) {
        return create("/api/party-organisations", branch(name, committee(), null));
    }

    static Map<String, Object> member(String name, String organisationId, String category, String appliedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("identityNumber", "990101198001010011");
        body.put("phone", "13900000000");
        body.put("category", category);
        body.put("organisationId", organisationId);
        body.put("appliedOn", appliedOn);
        return body;
    }

    static String create(String path, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.partyAffairs()).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }

    /** Takes a step as party-affairs; answers the new version. */
    static int step(String memberId, String step, String on, int version) {
        return given().auth().oauth2(TestTokens.partyAffairs()).contentType(ContentType.JSON)
                .body(Map.of("step", step, "on", on, "version", version))
                .post("/api/party-members/" + memberId + "/steps").then().statusCode(200).extract().path("version");
    }

    /** A member of a new branch, taken up to PROBATIONARY on the given day; answers its id. */
    static String probationaryMember(String name, String category, String probationaryOn) {
        String id = create("/api/party-members", member(name, createBranch(unique("Branch of " + name)), category,
                "2008-01-05"));
        int version = step(id, "ACTIVIST", "2008-07-01", 0);
        version = step(id, "DEVELOPMENT_TARGET", "2009-07-01", version);
        step(id, "PROBATIONARY", probationaryOn, version);
        return id;
    }
}
