package io.devzone.web.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * What the document endpoints refuse before the gateway is asked (none runs here): no token, and a period that is
 * missing or wrong, each as problem+json with its house code. The documents themselves: system-tests'
 * {@code WorkSummaryDocumentIT}, on the demo data.
 */
@QuarkusTest
class ReportRoutesTest {

    private static final String DOCX = "/api/reports/work-summary.docx";
    private static final String HTML = "/api/reports/work-summary.html";

    @Test
    void withoutATokenIsUnauthenticated() {
        for (String path : new String[] {DOCX, HTML}) {
            given().get(path + "?from=2011-01-01&to=2011-06-30").then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("code", equalTo("UNAUTHENTICATED"))
                    .body("type", equalTo("urn:devzone:problem:unauthenticated"))
                    .body("instance", equalTo(path));
        }
        given().header("Authorization", "Basic Y2hlbi5qaWU6ZGV2em9uZQ==").get(DOCX + "?from=2011-01-01&to=2011-06-30")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aMissingOrWrongPeriodIsRefusedNamingTheParameter() {
        given().auth().oauth2("any").get(DOCX).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("from", "to"));
        refused(HTML + "?from=2011-02-30&to=2011-06-30", "from", containsString("yyyy-MM-dd"));
        refused(DOCX + "?from=2011-01-01&to=0000-06-30", "to", containsString("from 1900-01-01 to 9999-12-31"));
        refused(DOCX + "?from=2011-07-01&to=2011-06-30", "from", equalTo("must not be after to (2011-06-30)"));
        refused(DOCX + "?from=%3Cscript%3E&to=2011-06-30", "from", not(containsString("script")))
                .body("instance", equalTo(DOCX))
                .body(not(containsString("<script>")));
    }

    /** 400 VALIDATION_FAILED with a token, its first error naming the parameter and saying what it takes. */
    private static ValidatableResponse refused(String pathAndQuery, String field, Matcher<String> message) {
        return given().auth().oauth2("any").get(pathAndQuery).then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", message);
    }
}
