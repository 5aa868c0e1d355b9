package io.devzone.commons.query;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/**
 * Builds the where-clause of a list filter from the criteria the caller actually gave: each method
 * adds its condition only when its value is present, so a filter reads as a list of its fields.
 */
public final class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public Criteria equal(String path, Object value) {
        return add(path + " = :" + name(path), path, value);
    }

    /** Case-insensitive containment, for names and titles. */
    public Criteria contains(String path, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return add("lower(" + path + ") like :" + name(path) + " escape '\\'", path,
                "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    public Criteria atLeast(String path, Comparable<?> min) {
        return add(path + " >= :" + name(path) + "Min", path + "Min", min);
    }

    public Criteria atMost(String path, Comparable<?> max) {
        return add(path + " <= :" + name(path) + "Max", path + "Max", max);
    }

    /** The value is one of a collection's elements (an {@code @ElementCollection}, such as an activity's enterprises). */
    public Criteria memberOf(String path, Object value) {
        return add(":" + name(path) + " member of " + path, path, value);
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    private Criteria add(String condition, String path, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name(path), value);
        }
        return this;
    }

    private static String name(String path) {
        return path.replace('.', '_');
    }
}
