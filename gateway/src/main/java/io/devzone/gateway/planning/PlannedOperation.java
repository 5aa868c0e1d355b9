package io.devzone.gateway.planning;

import graphql.normalized.ExecutableNormalizedOperation;

/** A normalized client operation and its plan, cached together: what execution follows field by field. */
public record PlannedOperation(ExecutableNormalizedOperation operation, QueryPlan plan) {
}
