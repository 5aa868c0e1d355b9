package io.devzone.commons.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.devzone.commons.error.InvalidInputException;

class ZoneClockTest {

    // 2011-06-30 17:00 UTC is already 1 July in the zone (UTC+8)
    private final ZoneClock clock = new ZoneClock(Clock.fixed(Instant.parse("2011-06-30T17:00:00Z"), ZoneOffset.UTC));

    @Test
    void todayIsTheZonesDayWhateverTheMachinesZone() {
        assertEquals(LocalDate.of(2011, 7, 1), clock.today());
        assertEquals(LocalDate.of(2011, 7, 1), LocalDate.now(clock.getClock()));
    }

    @Test
    void aMissingDayIsTodayAndAGivenOneIsKept() {
        assertEquals(LocalDate.of(2011, 7, 1), clock.dayOf("on", null, null));
        assertEquals(LocalDate.of(2011, 3, 31), clock.dayOf("on", LocalDate.of(2011, 3, 31), LocalDate.of(2011, 3, 31)));
    }

    @Test
    void aDayStillToComeIsRefusedNamingTheField() {
        var refused = assertThrows(InvalidInputException.class,
                () -> clock.dayOf("statusOn", LocalDate.of(2011, 7, 2), null));
        assertEquals("statusOn", refused.errors().get(0).field());
        assertEquals("must not be in the future (today is 2011-07-01 in the zone)", refused.errors().get(0).message());
    }

    @Test
    void aDayBeforeTheLastMoveIsRefused() {
        var refused = assertThrows(InvalidInputException.class,
                () -> clock.dayOf("on", LocalDate.of(2011, 3, 30), LocalDate.of(2011, 3, 31)));
        assertEquals("must not be before 2011-03-31, the day of the last move", refused.errors().get(0).message());
    }
}
