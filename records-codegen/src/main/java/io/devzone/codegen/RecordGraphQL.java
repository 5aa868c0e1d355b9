package io.devzone.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an aggregate's {@code <Aggregate>GraphQL} says of the operations every record has; the rest of them is written
 * once, in {@link RecordGraphQLProcessor}. The processor generates {@code <Aggregate>GraphQLRecords} beside the class
 * (the class extends it): {@code <thing>(id)}, {@code <things>(filter, page, size, sort)}, {@code create<Thing>}
 * (unless {@link #creatable()} is false), {@code update<Thing>}, {@code delete<Thing>}, the {@code _entities} resolver
 * {@code <things>ById}, where {@link #history()} describes it the {@code history} field, a field for each of its
 * {@link #references()} and one for each parent it is {@link #listed()} under. The service is injected there as {@code service}. {@code <Thing>} is the service's view type without {@code View}; its words, in lower
 * case, make the descriptions an aggregate need not give ({@link #get()}, {@link #delete()}).
 *
 * <p>An aggregate whose API adds nothing to these is declared on its {@code graphql} package instead (in
 * {@code package-info.java}, repeated for each such aggregate): the processor then writes its whole API, the
 * {@code @GraphQLApi} class {@code <Thing>GraphQL} itself.
 *
 * <p>Source only: SmallRye GraphQL reads the generated methods' own annotations, never this one.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(RecordGraphQLs.class)
public @interface RecordGraphQL {

    /** The aggregate's service, a {@code RecordService<E, V, I, F>}: its view, input and filter types are read there. */
    Class<?> service();

    /** The plural the list query and the {@code _entities} resolver are named after ({@code partyActivities}). */
    String plural();

    /** The description of the query for one record by id; where empty, "One {@code <thing in words>} by id". */
    String get() default "";

    /**
     * The description of the list query; where empty, the usual one: "{@code <plural in words>}, filtered, sorted (e.g.
     * "{@link #sortedLike()}") and paged (pages count from 0)".
     */
    String list() default "";

    /** A sort the usual {@link #list()} description gives as its example ({@code "-arrivedOn"}); none where empty. */
    String sortedLike() default "";

    /** False for a record made through a mutation of its own (a meeting's problem is raised): no create. */
    boolean creatable() default true;

    /** The description of the create mutation; none where empty. */
    String create() default "";

    /** The description of the update mutation; none where empty. */
    String update() default "";

    /**
     * The description of the delete mutation; where empty, "Deletes a {@code <thing in words>}; returns its id" ("an"
     * before a vowel).
     */
    String delete() default "";

    /** The description of the {@code history} field (who changed what, when); no such field where empty. */
    String history() default "";

    /** The fields that answer the records of other aggregates this one refers to by id. */
    Reference[] references() default {};

    /** The fields of other aggregates' records that list this one's under them. */
    Listed[] listed() default {};
}
