package io.devzone.commons.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.PipelineTable;

/** A pipeline whose order is its rule, on the seasons of one year (no winter to spring: the year ends). */
class OneStepAtATimeTest {

    enum Season implements OneStepAtATime<Season> {
        SPRING, SUMMER, AUTUMN, WINTER
    }

    @Test
    void movesToTheStateDeclaredNextAndNowhereAfterTheLast() {
        assertEquals(Set.of(Season.SUMMER), Season.SPRING.next());
        assertEquals(Set.of(Season.WINTER), Season.AUTUMN.next());
        assertEquals(Set.of(), Season.WINTER.next());
        assertFalse(Season.SPRING.canMoveTo(Season.AUTUMN));
        assertFalse(Season.SUMMER.canMoveTo(Season.SPRING));
        PipelineTable.assertOneStepAtATime(Season.class, Season.SPRING, Season.SUMMER, Season.AUTUMN, Season.WINTER);
    }

    @Test
    void reachedCountsTheStateItselfAndEveryOneBefore() {
        assertTrue(Season.AUTUMN.reached(Season.AUTUMN));
        assertTrue(Season.AUTUMN.reached(Season.SPRING));
        assertFalse(Season.AUTUMN.reached(Season.WINTER));
        assertFalse(Season.SPRING.reached(Season.SUMMER));
    }
}
