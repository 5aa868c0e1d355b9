package io.devzone.commons.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.panache.common.Parameters;

/**
 * Builds the where-clause of a list filter from the criteria the caller actually gave: each method
 * adds its condition only when its value is present, so a filter reads as a list of its fields.
 */
public final class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** The criteria a filter declares with {@link Criterion} on its fields; its ranges are refused when reversed. */
    public static Criteria of(Object filter) {
        return DeclaredCriteria.of(filter.getClass()).of(filter);
    }

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

    /** The whole code, any case: codes are stored upper case. */
    public Criteria code(String path, String code) {
        return equal(path, code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT));
    }

    public Criteria atLeast(String path, Comparable<?> min) {
        return add(path + " >= :" + name(path) + "Min", path + "Min", min);
    }

    public Criteria atMost(String path, Comparable<?> max) {
        return add(path + " <= :" + name(path) + "Max", path + "Max", max);
    }

    /** {@code value} is a member of the collection at {@code path} (e.g. a meeting's reviewed projects). */
    public Criteria memberOf(String path, Object value) {
        return add(":" + name(path) + "Member member of " + path, path + "Member", value);
    }

    /** {@code true}: the path has a value; {@code false}: it has none; null: either. */
    public Criteria set(String path, Boolean set) {
        return condition(Boolean.TRUE.equals(set), path + " is not null")
                .condition(Boolean.FALSE.equals(set), path + " is null");
    }

    /**
     * A condition of the filter's own that names its one parameter (e.g. {@code :project member of projectIds}),
     * when {@code value} is given.
     */
    public Criteria condition(String condition, String parameter, Object value) {
        return add(condition, parameter, value);
    }

    /** A condition without parameters (e.g. {@code resolvedOn is null}), when it {@code applies}. */
    public Criteria condition(boolean applies, String condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
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
