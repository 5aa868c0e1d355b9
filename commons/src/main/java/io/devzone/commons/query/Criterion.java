package io.devzone.commons.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which criterion a list filter's field is, where it is not the default: how its value selects records and the entity
 * path it is compared with. {@link Criteria#of} reads every public field of a filter, in their order; a field without
 * this annotation (nor named by a {@link Range}) is the default criterion on its own name — a text is matched as part
 * of the path, any case ({@link Match#CONTAINS}), any other value is {@link Match#EQUAL}. A field the filter or its
 * service matches its own way (a condition of its own, a value stored encrypted) says {@link Match#OWN}.
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
        /** The value is a member of the collection at the path ({@link Criteria#memberOf}). */
        MEMBER_OF,
        /** {@code true}: the path has a value; {@code false}: it has none ({@link Criteria#set}). */
        SET,
        /** {@code true}: the path has no value; {@code false}: it has one (the opposite of {@link #SET}). */
        UNSET,
        /** Not read here: the filter ({@code criteria()} overridden) or its service selects by it. */
        OWN
    }

    /**
     * A range of a filter (on its class): the field {@link #from()} gives the least value of {@link #path()}, the field
     * {@link #to()} the greatest, either optional. Both given and reversed, it is refused: a date range as
     * {@code Periods.checkRange} says ({@code heldFrom must not be after heldTo (…)}), an amount range as
     * {@code minBudgetCny must not be above maxBudgetCny}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Repeatable(Ranges.class)
    @interface Range {

        /** The entity path the range selects on. */
        String path();

        /** The field giving the least value; none when empty. */
        String from() default "";

        /** The field giving the greatest value; none when empty. */
        String to() default "";
    }

    /** The ranges of a filter with more than one. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Ranges {

        Range[] value();
    }
}
