package io.devzone.commons.graphql;

import java.util.List;
import java.util.UUID;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.input.InputRules;

/**
 * GraphQL {@code ID} arguments, read as strings and parsed here. SmallRye GraphQL 2.17 does not convert an
 * {@code @Id UUID} argument (nor {@code @Id List<UUID>}): the method would be handed a string and the call
 * fails with "is not a valid 'String'". Ids inside input objects and ids in results are not affected.
 */
public final class Ids {

    private Ids() {
    }

    /** The id a caller sent as an argument; one that is no UUID is refused as invalid input. */
    public static UUID parse(String id, String argument) {
        UUID parsed = parseOrNull(id);
        if (parsed == null) {
            throw new InvalidInputException(argument, InputRules.ID_FORMAT);
        }
        return parsed;
    }

    /** The ids of {@code _entities} representations; one that is no UUID names no record, so it becomes null. */
    public static List<UUID> parseEach(List<String> ids) {
        return ids.stream().map(Ids::parseOrNull).toList();
    }

    private static UUID parseOrNull(String id) {
        return id == null ? null : InputRules.parseIdOrNull(id.strip());
    }
}
