package io.devzone.gateway.planning;

import graphql.normalized.ExecutableNormalizedOperation;

/**
 * A normalized client operation and its plan, cached together: what execution follows field by field.
 *
 * @param checked whether its answer must be checked against the client's schema, never passed on as a subgraph sent
 *                it: it asks for an enum a subgraph may answer a hidden value of ({@link HiddenEnumValues})
 */
public record PlannedOperation(ExecutableNormalizedOperation operation, QueryPlan plan, boolean checked) {
}
