package io.devzone.codegen;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of another aggregate's record that lists this aggregate's records under it ({@link RecordGraphQL#listed()}),
 * read for the whole list of parents in one call of this aggregate's service ({@code RecordService.ofEachParent}, by
 * the parent its {@code Records} declares): empty where a parent has none.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({})
public @interface Listed {

    /** The parent's view, the type the field is added to ({@code InvestmentProjectView}). */
    Class<?> under();

    /** The field's name ({@code capitalArrivals}). */
    String field();

    /** The field's description. */
    String description();
}
