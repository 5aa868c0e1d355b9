package io.devzone.investment;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.Metrics;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MetricsTest {

    @Test
    void requestsAreMeasuredByEndpointAndThePoolByUse() {
        Metrics.assertServiceMeasured(TestTokens.investment(), "/api/enterprises/{id}", "{ enterprises { totalItems } }");
    }
}
