package io.devzone.commons.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.service.Records;
import io.devzone.commons.time.ZoneClock;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The rules every pipeline shares, on a pipeline of three lamps' states; moving in the database is the services' tests'. */
class PipelineTest {

    enum Light implements PipelineState<Light> {
        RED, GREEN, OFF;

        @Override
        public Set<Light> next() {
            return switch (this) {
                case RED -> EnumSet.of(GREEN, OFF);
                case GREEN -> EnumSet.of(OFF);
                case OFF -> EnumSet.noneOf(Light.class);
            };
        }
    }

    static class Lamp extends AuditedEntity {
        Light light;
    }

    private final Records<Lamp, Lamp> records = Records.of(new PanacheRepositoryBase<Lamp, UUID>() {
    }, lamp -> lamp);
    private final ZoneClock clock = new ZoneClock(Clock.fixed(Instant.parse("2011-06-30T04:00:00Z"), ZoneOffset.UTC));
    private final Pipeline<Lamp, Light> pipeline = new Pipeline<>(records, "A lamp", "light", clock,
            lamp -> lamp.light, lamp -> null, (lamp, from, to, on) -> lamp.light = to);

    @Test
    void anEnumsNextIsTheWholeRule() {
        assertTrue(Light.RED.canMoveTo(Light.OFF));
        assertFalse(Light.GREEN.canMoveTo(Light.RED));
        assertFalse(Light.OFF.canMoveTo(Light.OFF));
    }

    @Test
    void anAllowedMovePasses() {
        assertDoesNotThrow(() -> pipeline.checkMove(Light.RED, Light.GREEN));
    }

    @Test
    void aRefusedMoveIsAConflictNamingTheAllowedMovesInPipelineOrder() {
        var refused = assertThrows(ConflictException.class, () -> pipeline.checkMove(Light.GREEN, Light.RED));
        assertEquals("A lamp cannot move from GREEN to RED; allowed next light: OFF.", refused.getMessage());
        refused = assertThrows(ConflictException.class, () -> pipeline.checkMove(Light.RED, Light.RED));
        assertEquals("A lamp cannot move from RED to RED; allowed next light: GREEN, OFF.", refused.getMessage());
    }

    @Test
    void fromTheLastStateNothingMoves() {
        var refused = assertThrows(ConflictException.class, () -> pipeline.checkMove(Light.OFF, Light.RED));
        assertEquals("A lamp cannot move from OFF to RED; OFF is the last light.", refused.getMessage());
    }

    @Test
    void aChangeOfOtherFieldsLeavesTheStateAlone() {
        Lamp lamp = new Lamp();
        lamp.id = UUID.fromString("0196b7a4-0000-7000-8000-000000000001");
        lamp.light = Light.RED;
        assertDoesNotThrow(() -> pipeline.checkUnmoved(lamp, null, "POST /api/lamps/{id}/moves"));
        assertDoesNotThrow(() -> pipeline.checkUnmoved(lamp, Light.RED, "POST /api/lamps/{id}/moves"));
        var refused = assertThrows(ConflictException.class,
                () -> pipeline.checkUnmoved(lamp, Light.GREEN, "POST /api/lamps/{id}/moves"));
        assertEquals("The light of Lamp 0196b7a4-0000-7000-8000-000000000001 moves only by a dated move"
                + " (POST /api/lamps/{id}/moves); it is RED, allowed next light: GREEN, OFF.", refused.getMessage());
    }

    @Test
    void aNewRecordEntersAtTheStateItsInputNamesOrTheFirst() {
        Pipeline<Lamp, Light> entered = new Pipeline<>(records, "A lamp", "light", clock, lamp -> lamp.light,
                lamp -> null, (lamp, from, to, on) -> lamp.light = to).entering(Light.RED, (lamp, light) -> lamp.light = light);
        Lamp unnamed = new Lamp();
        entered.place(unnamed, null, "POST /api/lamps/{id}/moves");
        assertEquals(Light.RED, unnamed.light);
        Lamp named = new Lamp();
        entered.place(named, Light.GREEN, "POST /api/lamps/{id}/moves");
        assertEquals(Light.GREEN, named.light);
        named.id = UUID.fromString("0196b7a4-0000-7000-8000-000000000002");
        assertThrows(ConflictException.class, () -> entered.place(named, Light.OFF, "POST /api/lamps/{id}/moves"),
                "a recorded lamp moves only by a dated move");
        assertEquals(Light.GREEN, named.light);
        assertThrows(IllegalStateException.class, () -> pipeline.place(new Lamp(), null, "POST /api/lamps/{id}/moves"),
                "a pipeline that declares no first state places no new record");
    }

    @Test
    void aNewRecordsFirstDayIsTodayInTheZoneOrAGivenPastDay() {
        assertEquals(LocalDate.of(2011, 6, 30), pipeline.firstDay("since", null));
        assertEquals(LocalDate.of(2011, 1, 4), pipeline.firstDay("since", LocalDate.of(2011, 1, 4)));
        var refused = assertThrows(InvalidInputException.class,
                () -> pipeline.firstDay("since", LocalDate.of(2011, 7, 1)));
        assertEquals("since", refused.errors().get(0).field());
    }
}
