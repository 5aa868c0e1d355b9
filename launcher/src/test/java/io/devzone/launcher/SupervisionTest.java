package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SupervisionTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aComponentThatKeepsStoppingWaitsTwiceAsLongEachTimeUpToAMinute() {
        Supervision.BackOff backOff = new Supervision.BackOff();
        long now = 0;
        assertEquals(Duration.ofSeconds(1), backOff.delayAfterStop(now));
        long[] expected = {2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            backOff.started(now);
            now += 5 * SECOND;
            assertEquals(Duration.ofSeconds(seconds), backOff.delayAfterStop(now));
        }
    }

    @Test
    void aComponentThatRanForTwoMinutesStartsAgainAfterASecond() {
        Supervision.BackOff backOff = new Supervision.BackOff();
        backOff.delayAfterStop(0);
        backOff.started(SECOND);
        assertEquals(Duration.ofSeconds(2), backOff.delayAfterStop(10 * SECOND));
        backOff.started(12 * SECOND);

        assertEquals(Duration.ofSeconds(1), backOff.delayAfterStop(12 * SECOND + Supervision.BackOff.STABLE.toNanos()));
    }
}
