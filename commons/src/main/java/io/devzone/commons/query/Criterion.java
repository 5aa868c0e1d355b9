package io.devzone.commons.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which criterion a list filter's field is, where it is not the default: how its value selects records and the entity
 * path it is compared with. {@link Criteria#of} reads every public field of a filter, in their order; a field without
 * this annotation is the default criterion on its own name — a text is matched as part of the path, any case
 * ({@link Match#CONTAINS}), any other value is {@link Match#EQUAL}. A field the filter or its service matches its own
 * way (a condition of its own, a value stored encrypted) says {@link Match#OWN}.
 * <p>
 * An {@link Match#AT_LEAST} field and an {@link Match#AT_MOST} field on the same path are a range, refused when
 * reversed: a date range as {@code Periods.checkRange} says ({@code heldFrom must not be after heldTo (…)}), an
 * amount range as {@code minBudgetCny must not be above maxBudgetCny}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Criterion {

    /** How the field's value selects. */
    Match value();

    /** The entity path compared; the field's own name when empty. */
    String path() default "";

    /** How a given value selects; an absent (null or blank) value selects all. */
    enum Match {
        /** The path equals the value. */
        EQUAL,
        /** The path holds the text, any case ({@link Criteria#contains}). */
        CONTAINS,
        /** The path is the whole code, any case: codes are stored upper case ({@link Criteria#code}). */
        CODE,
        /** The path is at least the value. */
        AT_LEAST,
        /** The path is at most the value. */
        AT_MOST,
        /** The value is a member of the collection at the path ({@link Criteria#memberOf}). */
        MEMBER_OF,
        /** {@code true}: the path has a value; {@code false}: it has none ({@link Criteria#set}). */
        SET,
        /** {@code true}: the path has no value; {@code false}: it has one (the opposite of {@link #SET}). */
        UNSET,
        /** Not read here: the filter ({@code criteria()} overridden) or its service selects by it. */
        OWN
    }
}
