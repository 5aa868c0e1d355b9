package io.devzone.party;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.Metrics;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MetricsTest {

    @Test
    void requestsAreMeasuredByEndpointAndThePoolByUse() {
        Metrics.assertServiceMeasured(TestTokens.partyAffairs(), "/api/party-activities/{id}", "{ partyActivities { totalItems } }");
    }
}
