package io.devzone.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an aggregate's {@code <Aggregate>Resource} says of its REST operations beyond its {@code @Path} and
 * {@code @Tag}; the rest is written once, in {@link RecordRestProcessor}. The processor generates
 * {@code <Aggregate>ResourceRecords} beside the class (the class extends it): commons' {@code RecordResource} (or
 * {@code TrackedRecordResource} with {@link #history()}, {@code DependentRecordResource} without {@link #creatable()})
 * for the service's view and input, the {@code list} with the service's filter as its {@code @BeanParam}, and an
 * operation for each of its {@link #endpoints()}. Summaries are the service's {@code META-INF/openapi.yaml}'s.
 *
 * <p>Source only: RESTEasy Reactive and SmallRye OpenAPI read the generated methods' own annotations.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface RecordRest {

    /** The aggregate's service, a {@code RecordService<E, V, I, F>}: its view, input and filter types are read there. */
    Class<?> service();

    /** True for a record whose changes are kept: {@code GET /{id}/history}. */
    boolean history() default false;

    /** False for a record made through another record's resource (a meeting's problem is raised): no create. */
    boolean creatable() default true;

    /** The record's own operations below {@code /{id}}: a pipeline move, its dated moves, a computed figure. */
    Endpoint[] endpoints() default {};
}
