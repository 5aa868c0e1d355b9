package io.devzone.platform.logging;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

/**
 * A WARN line for an expected condition that lasts (Keycloak or the database away): said at most once per interval,
 * without a stack trace, not once per request that meets it.
 */
public final class ThrottledWarning {

    private final Logger log;
    private final long everyNanos;
    private final AtomicLong lastWarned;

    public ThrottledWarning(Class<?> category, Duration every) {
        this.log = Logger.getLogger(category);
        this.everyNanos = every.toNanos();
        this.lastWarned = new AtomicLong(System.nanoTime() - everyNanos);
    }

    /** Logs the message if the interval has passed since it was last logged. */
    public void warn(String format, Object... parameters) {
        long now = System.nanoTime();
        long last = lastWarned.get();
        if (now - last >= everyNanos && lastWarned.compareAndSet(last, now)) {
            log.warnf(format, parameters);
        }
    }

    /** The innermost cause of a failure: what a one-line warning names. */
    public static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
