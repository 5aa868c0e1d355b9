package io.devzone.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The hostile and malformed inputs every service must refuse with a clear 4xx and a house code (CONVENTIONS.md,
 * "Errors"), and the assertions that it did: on REST a problem naming the field, on GraphQL an error whose
 * {@code extensions.code} is a house code; never a class name, SQL or the value sent.
 */
public final class BadInput {

    /** Dates outside the supported range, impossible days, a moment where a day is expected. */
    public static final List<String> BAD_DATES = List.of("0000-01-01", "+10000-01-01", "1899-12-31", "2011-02-30",
            "2011-13-01", "2011-06-30T08:00:00Z", "30/06/2011");
    public static final String NUL = "before\u0000after";
    public static final String LONE_SURROGATE = "before\uD800after";
    public static final String NOT_AN_ID = "not-a-uuid";
    /** The codes a service answers with (ErrorCode in commons). */
    public static final Set<String> HOUSE_CODES = Set.of("VALIDATION_FAILED", "BAD_REQUEST", "UNAUTHENTICATED",
            "FORBIDDEN", "NOT_FOUND", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE", "CONFLICT", "UNSUPPORTED_MEDIA_TYPE",
            "INTERNAL");

    private BadInput() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A REST answer: 400 problem+json with this code, naming {@code field} (when not null), without internals. */
    public static ValidatableResponse refused(ValidatableResponse response, String code, String field) {
        response.statusCode(400).contentType("application/problem+json").body("code", equalTo(code));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        return withoutInternals(response);
    }

    private static ValidatableResponse withoutInternals(ValidatableResponse response) {
        withoutInternals(response.extract().asString());
        return response;
    }

    private static void withoutInternals(String body) {
        for (String internal : List.of("io.devzone", "java.", "jakarta.", "org.", "com.fasterxml", "Exception",
                "SQL", "select ", "insert ", "constraint", "before\u0000", "\\u0000after", "not-a-uuid'")) {
            org.hamcrest.MatcherAssert.assertThat(body, not(Matchers.containsString(internal)));
        }
    }

    /** The list's total as {@code token} sees it: compared before and after a refused write, which wrote nothing. */
    public static int total(String token, String listPath) {
        return given().auth().oauth2(token).queryParam("size", 1).get(listPath)
                .then().statusCode(200).extract().path("totalItems");
    }

    /**
     * Every list of a service refuses bad paging, and every record under it a bad id.
     *
     * @param lists each list's path, and whether its records keep a change history
     */
    public static void listsRefuseBadPagingAndIds(String token, Map<String, Boolean> lists) {
        lists.forEach((list, history) -> {
            listRefusesBadPaging(token, list);
            recordRefusesBadIds(token, list, history);
        });
    }

    /** Paging and sorting a REST list can get wrong: each is VALIDATION_FAILED naming the parameter. */
    public static void listRefusesBadPaging(String token, String listPath) {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("sort=,,,", "sort"), Map.entry("sort=-", "sort"), Map.entry("sort=nope", "sort"),
                Map.entry("sort=,id", "sort"), Map.entry("page=2147483647", "page"),
                Map.entry("page=2147483647&size=200", "page"), Map.entry("page=10737419&size=200", "page"),
                Map.entry("page=-1", "page"), Map.entry("page=abc", "page"), Map.entry("page=1e3", "page"),
                Map.entry("page=2147483648", "page"), Map.entry("size=abc", "size"), Map.entry("size=0", "size"),
                Map.entry("size=201", "size"));
        cases.forEach((query, field) -> refused(given().auth().oauth2(token).urlEncodingEnabled(false)
                .get(listPath + "?" + query).then(), "VALIDATION_FAILED", field));
        // the largest page the database can take is still answered, empty
        given().auth().oauth2(token).queryParam("page", 10737417).queryParam("size", 200).get(listPath)
                .then().statusCode(200).body("items", hasSize(0));
    }

    /** Query parameters with a value their type cannot take ({@code stage=NOPE}, a date out of range, …). */
    public static void listRefusesBadValues(String token, String listPath, Map<String, String> parameterValues) {
        parameterValues.forEach((parameter, value) -> refused(given().auth().oauth2(token)
                .queryParam(parameter, value).get(listPath).then(), "VALIDATION_FAILED", parameter));
    }

    /** Every bad date in a date query parameter of a list. */
    public static void listRefusesBadDates(String token, String listPath, String dateParameter) {
        BAD_DATES.forEach(date -> refused(given().auth().oauth2(token).queryParam(dateParameter, date)
                .get(listPath).then(), "VALIDATION_FAILED", dateParameter));
    }

    /** Text a database cannot store faithfully, in a text query parameter. */
    public static void listRefusesBadText(String token, String listPath, String textParameter) {
        for (String text : List.of(NUL, LONE_SURROGATE)) {
            given().auth().oauth2(token).queryParam(textParameter, text).get(listPath).then()
                    .statusCode(org.hamcrest.Matchers.lessThan(500));
        }
        refused(given().auth().oauth2(token).queryParam(textParameter, NUL).get(listPath).then(),
                "VALIDATION_FAILED", textParameter);
    }

    /**
     * An id that is no UUID in the path of a record, its history and each action on it ({@code stage-changes}):
     * VALIDATION_FAILED naming {@code id}, not NOT_FOUND, for GET, PUT, POST and DELETE alike.
     */
    public static void recordRefusesBadIds(String token, String listPath, boolean history, String... actions) {
        String record = listPath + "/" + NOT_AN_ID;
        refused(given().auth().oauth2(token).get(record).then(), "VALIDATION_FAILED", "id");
        if (history) {
            refused(given().auth().oauth2(token).get(record + "/history").then(), "VALIDATION_FAILED", "id");
        }
        refused(as(token).body("{}").put(record).then(), "VALIDATION_FAILED", "id");
        refused(given().auth().oauth2(token).delete(record).then(), "VALIDATION_FAILED", "id");
        for (String action : actions) {
            refused(as(token).body("{}").post(record + "/" + action).then(), "VALIDATION_FAILED", "id");
        }
    }

    /**
     * A body the resource must refuse with {@code code} naming {@code field}, sent as {@code method} to {@code path};
     * the list at {@code listPath} holds as many records after as before.
     */
    public static void bodyRefused(String token, String method, String path, String listPath, Object body,
            String code, String field) {
        int before = total(token, listPath);
        refused(as(token).body(body instanceof String text ? text : json(body)).request(method, path).then(), code,
                field);
        assertEquals(before, total(token, listPath), "a refused " + method + " " + path + " wrote a record");
    }

    /** A POST of {@code body} to a list that must be refused VALIDATION_FAILED naming {@code field}, writing nothing. */
    public static void postRefused(String token, String listPath, Map<String, Object> body, String field) {
        bodyRefused(token, "POST", listPath, listPath, body, "VALIDATION_FAILED", field);
    }

    /** A copy of a valid {@code body} with one field set to {@code value}: the one thing a case gets wrong. */
    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /**
     * JSON with every non-ASCII character escaped ({@code \\uD800}): a lone surrogate sent raw would reach the
     * service as '?' after UTF-8 encoding, and test nothing.
     */
    public static String json(Object body) {
        try {
            return ESCAPING.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    // ---- GraphQL

    /** A GraphQL operation posted as {@link #json}, so that hostile text arrives as sent. */
    public static ValidatableResponse graphQL(String token, String query, Map<String, Object> variables) {
        return as(token).body(json(Map.of("query", query, "variables", variables))).post("/graphql").then();
    }

    /** A GraphQL answer with errors, each with a house code, the first with {@code code}; no internals. */
    public static ValidatableResponse graphQLRefused(ValidatableResponse response, String code) {
        response.statusCode(200)
                .body("errors", notNullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors.extensions.code", everyItem(in(HOUSE_CODES)));
        List<String> messages = response.extract().path("errors.message");
        messages.forEach(BadInput::withoutInternals);
        return response;
    }

    /** Paging and sorting a GraphQL list can get wrong, e.g. {@code partyMembers(sort: ",,,")}. */
    public static void graphQLListRefusesBadPaging(String token, String listField) {
        for (String arguments : List.of("sort: \",,,\"", "sort: \"nope\"", "page: 2147483647", "page: -1",
                "page: 2147483647, size: 200", "size: 0", "size: 201")) {
            graphQLRefused(graphQL(token, "{ " + listField + "(" + arguments + ") { totalItems } }", Map.of()),
                    "VALIDATION_FAILED")
                    .body("data." + listField, nullValue());
        }
        for (String arguments : List.of("page: \"abc\"", "page: 2147483648", "sort: 1.5")) {
            graphQLRefused(graphQL(token, "{ " + listField + "(" + arguments + ") { totalItems } }", Map.of()),
                    "VALIDATION_FAILED");
        }
    }

    /** Every bad date in a list's filter, as a literal and as a variable. */
    public static void graphQLListRefusesBadDates(String token, String listField, String filterType,
            String dateField) {
        for (String date : BAD_DATES) {
            graphQLRefused(graphQL(token, "{ " + listField + "(filter: {" + dateField + ": \"" + date
                    + "\"}) { totalItems } }", Map.of()), "VALIDATION_FAILED").body("data." + listField, nullValue());
            graphQLRefused(graphQL(token, "query($f: " + filterType + ") { " + listField
                    + "(filter: $f) { totalItems } }", Map.of("f", Map.of(dateField, date))), "VALIDATION_FAILED");
        }
    }

    /** Text a database cannot store faithfully in a list's text filter: refused naming the field. */
    public static void graphQLListRefusesBadText(String token, String listField, String filterType,
            String textField) {
        for (String text : List.of(NUL, LONE_SURROGATE)) {
            graphQLRefused(graphQL(token, "query($f: " + filterType + ") { " + listField
                    + "(filter: $f) { totalItems } }", Map.of("f", Map.of(textField, text))), "VALIDATION_FAILED")
                    .body("errors[0].message", Matchers.containsString(textField));
        }
    }

    /** A one-record query with an id that is no UUID: VALIDATION_FAILED, not NOT_FOUND. */
    public static void graphQLRefusesBadId(String token, String recordField) {
        graphQLRefused(graphQL(token, "{ " + recordField + "(id: \"" + NOT_AN_ID + "\") { id } }", Map.of()),
                "VALIDATION_FAILED").body("data." + recordField, nullValue());
    }

    /** A mutation that must be refused with {@code code}; the list holds as many records after as before. */
    public static ValidatableResponse graphQLWriteRefused(String token, String listPath, String mutation,
            Map<String, Object> variables, String code) {
        int before = total(token, listPath);
        ValidatableResponse response = graphQLRefused(graphQL(token, mutation, variables), code);
        assertEquals(before, total(token, listPath), "a refused mutation wrote a record");
        return response;
    }

    /**
     * A field {@code token} may not read costs it no record: every item of the list arrives, {@code field} null in
     * each with a FORBIDDEN error at its path, and {@code also} (fields it may read) intact. {@code field} is as the
     * query selects it: {@code history { field }}.
     *
     * @return how many items the list answered
     */
    public static int withheldFieldCostsNoRecord(String token, String listField, String field, String also) {
        ValidatableResponse response = graphQL(token, "{ " + listField + "(size: 200) { totalItems items { id "
                + also + " " + field + " } } }", Map.of()).statusCode(200);
        String name = field.split(" ")[0];
        List<Object> items = response.extract().path("data." + listField + ".items");
        response.body("data." + listField + ".items", everyItem(notNullValue()))
                .body("data." + listField + ".items.id", everyItem(notNullValue()))
                .body("data." + listField + ".items." + also, everyItem(notNullValue()))
                .body("data." + listField + ".items." + name, everyItem(nullValue()));
        if (!items.isEmpty()) {
            response.body("errors", hasSize(items.size()))
                    .body("errors.extensions.code", everyItem(equalTo("FORBIDDEN")))
                    .body("errors.path", everyItem(hasSize(4)))
                    .body("errors.path", everyItem(startsWithPath(listField, name)));
        }
        return items.size();
    }

    private static Matcher<Object> startsWithPath(String listField, String field) {
        return Matchers.allOf(Matchers.hasToString(startsWith("[" + listField + ", items, ")),
                Matchers.hasToString(Matchers.endsWith(", " + field + "]")));
    }
}
