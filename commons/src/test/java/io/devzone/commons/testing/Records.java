package io.devzone.commons.testing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

/**
 * What every record's REST resource answers alike, as its owning department writes it: a record deleted or never
 * made is a 404 NOT_FOUND problem, and a write holds the version the client read (CONVENTIONS.md, "Errors").
 */
public final class Records {

    /** An id no record has. */
    public static final String UNKNOWN_ID = "0196b7a4-0000-7000-8000-000000000000";

    private Records() {
    }

    /** The record at {@code recordPath} is deleted, and then not found. */
    public static void deleted(String token, String recordPath) {
        BadInput.as(token).delete(recordPath).then().statusCode(204);
        BadInput.as(token).get(recordPath)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("status", equalTo(404));
    }

    /**
     * Reading, changing (with {@code body}, a valid record at version 0) and deleting a record of the list at
     * {@code listPath} no record has the id of: each NOT_FOUND, the read naming the id.
     */
    public static void unknownIdNotFound(String token, String listPath, Map<String, Object> body) {
        String record = listPath + "/" + UNKNOWN_ID;
        BadInput.as(token).get(record)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"))
                .body("detail", containsString(UNKNOWN_ID));
        BadInput.as(token).body(body).put(record)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        BadInput.as(token).delete(record)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    /**
     * Optimistic locking on {@code recordPath}: {@code change} (carrying version 0, the record's) is accepted as version
     * 1; the same again, a second writer who also read version 0, is a 409 CONFLICT naming the version it held; and
     * {@code change} without a version is refused naming the field.
     */
    public static void staleOrMissingVersionRefused(String token, String recordPath, Map<String, Object> change) {
        BadInput.as(token).body(change).put(recordPath).then().statusCode(200).body("version", equalTo(1));
        BadInput.as(token).body(change).put(recordPath)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("detail", containsString("version 0"));
        Map<String, Object> unversioned = new HashMap<>(change);
        unversioned.remove("version");
        BadInput.as(token).body(unversioned).put(recordPath)
                .then().statusCode(400).body("errors.field", contains("version"));
    }
}
