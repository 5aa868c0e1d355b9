package io.devzone.party;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.devzone.commons.testing.TestTokens;
import io.restassured.http.ContentType;

/** Records made through the REST API, named uniquely so tests sharing one database never collide. */
final class Fixtures {

    private Fixtures() {
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
}
