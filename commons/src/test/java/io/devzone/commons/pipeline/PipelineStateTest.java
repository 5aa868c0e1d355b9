package io.devzone.commons.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PipelineStateTest {

    /** A pipeline of three places, the last one final. */
    enum Light implements PipelineState<Light> {
        RED, GREEN, OFF;

        @Override
        public Set<Light> next() {
            return this == OFF ? EnumSet.noneOf(Light.class) : EnumSet.of(values()[ordinal() + 1]);
        }
    }

    @Test
    void aStateMovesOnlyWhereItsNextAllows() {
        assertTrue(Light.RED.canMoveTo(Light.GREEN));
        assertFalse(Light.RED.canMoveTo(Light.OFF));
        assertFalse(Light.GREEN.canMoveTo(Light.RED));
        assertFalse(Light.OFF.canMoveTo(Light.OFF));
        assertEquals(Set.of(), Light.OFF.next());
    }
}
