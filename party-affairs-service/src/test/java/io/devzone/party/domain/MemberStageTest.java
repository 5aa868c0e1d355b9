package io.devzone.party.domain;

import static io.devzone.party.domain.MemberStage.ACTIVIST;
import static io.devzone.party.domain.MemberStage.APPLICANT;
import static io.devzone.party.domain.MemberStage.DEVELOPMENT_TARGET;
import static io.devzone.party.domain.MemberStage.FULL;
import static io.devzone.party.domain.MemberStage.PROBATIONARY;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.PipelineTable;

/** Member development (发展党员): every step in order, none skipped, none taken back; FULL is the last. */
class MemberStageTest {

    @Test
    void takesEachStepInOrderUntilFull() {
        PipelineTable.assertOneStepAtATime(MemberStage.class, APPLICANT, ACTIVIST, DEVELOPMENT_TARGET, PROBATIONARY, FULL);
    }
}
