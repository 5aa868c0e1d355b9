package io.devzone.gateway.execution;

import java.util.List;
import java.util.Map;

/**
 * What a subgraph answered for one representation: the entity (null if it has none), the errors under it with
 * paths relative to the entity, errors without such a path, or the failure of the whole request.
 */
record EntityResult(Map<String, Object> entity, List<Map<String, Object>> errors,
        SubgraphUnavailableException failure) {

    static EntityResult failed(SubgraphUnavailableException failure) {
        return new EntityResult(null, List.of(), failure);
    }
}
