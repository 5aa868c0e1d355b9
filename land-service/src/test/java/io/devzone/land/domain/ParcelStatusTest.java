package io.devzone.land.domain;

import static io.devzone.land.domain.ParcelStatus.ACQUIRED;
import static io.devzone.land.domain.ParcelStatus.ACQUIRING;
import static io.devzone.land.domain.ParcelStatus.LEVELLED;
import static io.devzone.land.domain.ParcelStatus.PLANNED;
import static io.devzone.land.domain.ParcelStatus.SUPPLIED;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.PipelineTable;

/** A parcel in acquisition: one status forward at a time, no way back and none around; SUPPLIED is the last. */
class ParcelStatusTest {

    @Test
    void movesOneStatusForwardUntilSupplied() {
        PipelineTable.assertOneStepAtATime(ParcelStatus.class, PLANNED, ACQUIRING, ACQUIRED, LEVELLED, SUPPLIED);
    }
}
