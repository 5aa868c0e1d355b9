package io.devzone.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * Every REST operation answers JSON only and takes JSON bodies only, and the access rules hold on it the service's OpenAPI document lists, however the operation is
 * declared (its own resource method or one inherited from commons' {@code RecordResource}, whose
 * {@code @ReadAccess}/{@code @WriteAccess} are inherited by the service beans): a caller without a staff role reads
 * nothing, and another department, or a leader, changes nothing. The refusal comes before the body is looked at, so
 * an empty object is sent. A service's {@code @QuarkusTest} subclass names the other department's token.
 */
public abstract class AccessOnEveryOperation {

    /** A token of a department that does not own this service's records. */
    protected abstract String otherDepartment();

    @TestFactory
    Stream<DynamicTest> noStaffRoleNoWriteElsewhere() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString()).get("paths");
        List<DynamicTest> tests = new ArrayList<>();
        paths.fieldNames().forEachRemaining(template -> {
            String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            paths.get(template).fieldNames().forEachRemaining(method -> {
                boolean write = !method.equals("get");
                boolean body = paths.get(template).get(method).has("requestBody");
                tests.add(DynamicTest.dynamicTest(method.toUpperCase() + " " + template, () -> {
                    // JSON only, however the operation is declared (JAX-RS reads @Produces from the declaring class)
                    given().auth().oauth2(TestTokens.leader()).accept("application/xml").contentType(ContentType.JSON)
                            .body("{}").request(method, path).then().statusCode(406)
                            .body("code", equalTo("NOT_ACCEPTABLE"));
                    if (body) {
                        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.TEXT).body("{}")
                                .request(method, path).then().statusCode(415)
                                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
                    }
                    refused(TestTokens.token("visitor"), method, path);
                    if (write) {
                        refused(otherDepartment(), method, path);
                        refused(TestTokens.leader(), method, path);
                    }
                }));
            });
        });
        assertTrue(tests.size() > 5, "the OpenAPI document lists the service's operations");
        return tests.stream();
    }

    private static void refused(String token, String method, String path) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").request(method, path).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
    }
}
