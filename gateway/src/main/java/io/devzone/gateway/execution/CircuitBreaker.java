package io.devzone.gateway.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a subgraph that keeps failing: after {@code failureThreshold} consecutive failures it opens for
 * {@code openFor}, then lets one trial call through (half-open); a success closes it again.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go out now; in half-open state only one trial call may. */
    public synchronized boolean tryAcquire() {
        State state = state();
        if (state == State.CLOSED) {
            return true;
        }
        if (state == State.HALF_OPEN && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        openedAt = null;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        trialInFlight = false;
        consecutiveFailures++;
        if (openedAt != null || consecutiveFailures >= failureThreshold) {
            openedAt = clock.instant();
        }
    }

    public synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
    }
}
