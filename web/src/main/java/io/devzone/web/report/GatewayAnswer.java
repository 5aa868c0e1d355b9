package io.devzone.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The gateway's answer to the report's query: its data, and for a field that came back null, why. A field the
 * caller's roles may not read (or one a department did not answer) is null with an error at its path or above it.
 */
final class GatewayAnswer {

    /** What the report writes where the caller's roles may not read a figure. */
    static final String NOT_YOURS = "（您无权查看此项）";
    /** What it writes where the figure could not be had now (a department's service did not answer). */
    static final String UNAVAILABLE = "（此项暂无法取得）";

    private final JsonObject data;
    private final JsonArray errors;

    GatewayAnswer(JsonObject answer) {
        JsonObject data = answer.getJsonObject("data");
        this.data = data == null ? new JsonObject() : data;
        JsonArray errors = answer.getJsonArray("errors");
        this.errors = errors == null ? new JsonArray() : errors;
    }

    /** The value at a dotted path (workSummary.investment.taxPaidCny), or null. */
    Object value(String path) {
        Object at = data;
        for (String name : path.split("\\.")) {
            if (!(at instanceof JsonObject object)) {
                return null;
            }
            at = object.getValue(name);
        }
        return at;
    }

    BigDecimal decimal(String path) {
        Object value = value(path);
        return value == null ? null : new BigDecimal(value.toString());
    }

    String text(String path) {
        Object value = value(path);
        return value == null ? null : value.toString();
    }

    /** The objects of a list at the path (a page's items), none when it is null. */
    List<JsonObject> objects(String path) {
        return objectsIn(value(path));
    }

    /** The objects of a list value (a record's own list), none when it is null. */
    static List<JsonObject> objectsIn(Object value) {
        List<JsonObject> objects = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getValue(i) instanceof JsonObject object) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    /** Why the field at the path is null: refused to this caller ({@link #NOT_YOURS}) or not to be had now. */
    String missing(String path) {
        String[] names = path.split("\\.");
        for (int i = 0; i < errors.size(); i++) {
            JsonObject error = errors.getJsonObject(i);
            if (covers(error.getJsonArray("path"), names)) {
                JsonObject extensions = error.getJsonObject("extensions");
                String code = extensions == null ? null : extensions.getString("code");
                return "FORBIDDEN".equals(code) ? NOT_YOURS : UNAVAILABLE;
            }
        }
        return UNAVAILABLE;
    }

    /** An error's path names the field or one of its parents (list indexes and aliases as the query names them). */
    private static boolean covers(JsonArray errorPath, String[] names) {
        if (errorPath == null || errorPath.isEmpty()) {
            return false;
        }
        int n = 0;
        for (int i = 0; i < errorPath.size(); i++) {
            Object step = errorPath.getValue(i);
            if (step instanceof Number) {
                continue;
            }
            if (n >= names.length || !names[n].equals(step)) {
                return n == names.length;
            }
            n++;
        }
        return true;
    }
}
