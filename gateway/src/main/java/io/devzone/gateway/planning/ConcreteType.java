package io.devzone.gateway.planning;

/**
 * How the gateway learns the implementation of an interface entity an {@code @interfaceObject}'s subgraph returned
 * (its {@code __typename} there names the interface object): asked of a subgraph that defines the interface, or,
 * when nothing the operation asks depends on the implementation, any one of them assumed.
 *
 * @param fetch   the {@code _entities} request, under the interface's name, answering the implementation's name
 * @param assumed the implementation taken when {@code fetch} is null
 */
public record ConcreteType(EntityFetch fetch, String assumed) {
}
