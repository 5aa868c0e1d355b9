package io.devzone.land.domain;

import static io.devzone.land.domain.HouseholdStatus.CONTRACT_SIGNED;
import static io.devzone.land.domain.HouseholdStatus.DEMOLISHED;
import static io.devzone.land.domain.HouseholdStatus.NEGOTIATING;
import static io.devzone.land.domain.HouseholdStatus.RESETTLED;
import static io.devzone.land.domain.HouseholdStatus.SURVEYED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.PipelineTable;

/** A relocation household: surveyed, negotiated with, contract signed, demolished, resettled, in that order. */
class HouseholdStatusTest {

    @Test
    void movesOneStatusForwardUntilResettled() {
        PipelineTable.assertMoves(HouseholdStatus.class,
                PipelineTable.oneStepAtATime(SURVEYED, NEGOTIATING, CONTRACT_SIGNED, DEMOLISHED, RESETTLED),
                HouseholdStatus::next, HouseholdStatus::canMoveTo);
        assertEquals(List.of(RESETTLED), PipelineTable.ends(HouseholdStatus.class, HouseholdStatus::next));
    }

    @Test
    void reachedCountsTheStatusItselfAndEveryOneBefore() {
        assertTrue(CONTRACT_SIGNED.reached(CONTRACT_SIGNED));
        assertTrue(CONTRACT_SIGNED.reached(SURVEYED));
        assertTrue(CONTRACT_SIGNED.reached(NEGOTIATING));
        assertFalse(CONTRACT_SIGNED.reached(DEMOLISHED));
        assertFalse(CONTRACT_SIGNED.reached(RESETTLED));
        assertTrue(RESETTLED.reached(SURVEYED));
        assertFalse(SURVEYED.reached(NEGOTIATING));
    }
}
