package io.devzone.codegen;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a record that answers the record of another aggregate it refers to by id ({@link RecordGraphQL#references()}),
 * read for the whole list of parents in one call of that aggregate's service ({@code RecordFields.referenced}): null
 * where the parent refers to none.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({})
public @interface Reference {

    /** The field's name ({@code area}). */
    String field();

    /** The view's component that holds the id ({@code areaId}). */
    String id();

    /** The referenced aggregate's service, a {@code RecordService}: its view is the field's type. */
    Class<?> service();

    /** The field's description. */
    String description();
}
