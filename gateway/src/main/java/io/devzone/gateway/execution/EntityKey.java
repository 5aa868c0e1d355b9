package io.devzone.gateway.execution;

import java.util.Map;

import io.devzone.gateway.planning.EntityFetch;

/** One parent object's part in an entity fetch; equal keys are fetched once per request. */
record EntityKey(EntityFetch fetch, Map<String, Object> representation) {
}
