package io.devzone.investment.domain;

import static io.devzone.investment.domain.PipelineStage.DROPPED;
import static io.devzone.investment.domain.PipelineStage.INTENT;
import static io.devzone.investment.domain.PipelineStage.IN_PRODUCTION;
import static io.devzone.investment.domain.PipelineStage.LANDED;
import static io.devzone.investment.domain.PipelineStage.LEAD;
import static io.devzone.investment.domain.PipelineStage.NEGOTIATING;
import static io.devzone.investment.domain.PipelineStage.SIGNED;
import static io.devzone.investment.domain.PipelineStage.UNDER_CONSTRUCTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.PipelineTable;

/** The attraction pipeline: one stage forward at a time, or dropped from any stage before production. */
class PipelineStageTest {

    @Test
    void movesOneStageForwardOrIsDroppedBeforeProduction() {
        PipelineTable.assertMoves(PipelineStage.class, Map.of(
                LEAD, Set.of(NEGOTIATING, DROPPED),
                NEGOTIATING, Set.of(INTENT, DROPPED),
                INTENT, Set.of(SIGNED, DROPPED),
                SIGNED, Set.of(LANDED, DROPPED),
                LANDED, Set.of(UNDER_CONSTRUCTION, DROPPED),
                UNDER_CONSTRUCTION, Set.of(IN_PRODUCTION, DROPPED),
                IN_PRODUCTION, Set.of(),
                DROPPED, Set.of()), PipelineStage::next, PipelineStage::canMoveTo);
    }

    @Test
    void endsInProductionOrDropped() {
        assertEquals(List.of(IN_PRODUCTION, DROPPED), PipelineTable.ends(PipelineStage.class, PipelineStage::next));
    }
}
