package io.devzone.commons.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

import io.devzone.commons.error.InvalidInputException;

/**
 * The zone's calendar: a business date (signed, moved, held) is a day in Asia/Shanghai, whatever zone the machine
 * or the pod runs in (CONVENTIONS.md, "Dates and times"). It is also Bean Validation's clock, so a
 * {@code @PastOrPresent} date is judged by the same day as every check made here.
 */
@ApplicationScoped
public class ZoneClock implements ClockProvider {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public ZoneClock() {
        this(Clock.system(ZONE));
    }

    /** A clock for tests: {@code clock}'s instant, read as the zone's day. */
    public ZoneClock(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    /** Today in the zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The day something happened: the one given, or today when none is; never a day still to come, nor before
     * {@code notBefore} (the last step of a pipeline, when there is one). Refused as {@code VALIDATION_FAILED} naming
     * {@code field}.
     */
    public LocalDate dayOf(String field, LocalDate given, LocalDate notBefore) {
        LocalDate today = today();
        LocalDate day = given == null ? today : given;
        if (day.isAfter(today)) {
            throw new InvalidInputException(field, "must not be in the future (today is " + today + " in the zone)");
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw new InvalidInputException(field, "must not be before " + notBefore + ", the day of the last move");
        }
        return day;
    }
}
