package io.devzone.land;

import io.devzone.commons.testing.ApiSnapshot;
import io.quarkus.test.junit.QuarkusTest;

/** This service's OpenAPI document and GraphQL SDL, pinned in src/test/resources/api/. */
@QuarkusTest
class ApiSnapshotTest extends ApiSnapshot {
}
