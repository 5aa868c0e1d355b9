package io.devzone.gateway.execution;

import graphql.normalized.ExecutableNormalizedOperation;

import io.devzone.gateway.planning.QueryPlan;

/** A normalized client operation and its plan, cached together. */
record PlannedOperation(ExecutableNormalizedOperation operation, QueryPlan plan) {
}
