package io.devzone.commons.personaldata;

/**
 * How a record with personal data is shown (a household's head, a Party member's name): its personal fields only
 * where {@code readable}, withheld otherwise. Who may read them is decided once, by {@code Records.withPersonalData}
 * (the owning department and leaders), never by each aggregate.
 *
 * @param <E> the entity
 * @param <V> its view
 */
@FunctionalInterface
public interface PersonalView<E, V> {

    V of(E record, boolean readable);
}
