package io.devzone.codegen;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One of a record's own REST operations, {@code GET} or {@code POST /{id}/<path>}, answered by the service method it
 * {@link #calls()} that takes {@code UUID id} first, with the same parameters: {@code id} from the path, a
 * {@code GET}'s others from the query string under their own names, a {@code POST}'s one other from the body.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({})
public @interface Endpoint {

    /** The path below {@code /{id}/} a {@code GET} answers at; empty for a {@code POST}. */
    String get() default "";

    /** The path below {@code /{id}/} a {@code POST} answers at; empty for a {@code GET}. */
    String post() default "";

    /** The service method that answers it. */
    String calls();
}
