package io.devzone.gateway.planning;

import java.util.List;

/**
 * An entity fetch for the objects inside a field a representation carries, when the subgraph that returned them
 * lacks some of their fields the representation needs ({@code author} of
 * {@code @requires(fields: "author { yearsOfExperience }")} from a subgraph where {@code yearsOfExperience} is
 * external): every object at {@code path} is completed with what the fetch answers before the representation is
 * made.
 *
 * @param path  result keys from the parent object down to the objects (a list on the way is walked element by
 *              element)
 * @param fetch the {@code _entities} request, its representation made from each object's own (unaliased) fields
 */
public record NestedFetch(List<String> path, EntityFetch fetch) {
}
