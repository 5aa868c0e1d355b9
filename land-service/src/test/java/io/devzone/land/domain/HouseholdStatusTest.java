package io.devzone.land.domain;

import static io.devzone.land.domain.HouseholdStatus.CONTRACT_SIGNED;
import static io.devzone.land.domain.HouseholdStatus.DEMOLISHED;
import static io.devzone.land.domain.HouseholdStatus.NEGOTIATING;
import static io.devzone.land.domain.HouseholdStatus.RESETTLED;
import static io.devzone.land.domain.HouseholdStatus.SURVEYED;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.PipelineTable;

/** A relocation household: surveyed, negotiated with, contract signed, demolished, resettled, in that order. */
class HouseholdStatusTest {

    @Test
    void movesOneStatusForwardUntilResettled() {
        PipelineTable.assertOneStepAtATime(HouseholdStatus.class, SURVEYED, NEGOTIATING, CONTRACT_SIGNED, DEMOLISHED, RESETTLED);
    }
}
