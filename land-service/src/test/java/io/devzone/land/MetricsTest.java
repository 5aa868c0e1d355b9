package io.devzone.land;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.Metrics;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MetricsTest {

    @Test
    void requestsAreMeasuredByEndpointAndThePoolByUse() {
        Metrics.assertServiceMeasured(TestTokens.land(), "/api/land-parcels/{id}", "{ landParcels { totalItems } }");
    }
}
