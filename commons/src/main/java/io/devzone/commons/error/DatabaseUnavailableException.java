package io.devzone.commons.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The service's PostgreSQL cannot be reached (restarting, failing over, stopped): the caller may retry shortly, so
 * this is a 503 with {@code Retry-After}, not a fault of ours with a stack trace. Nothing was written: the request's
 * transaction could not commit.
 */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends DomainException {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableException.class);
    /** Seconds a caller is asked to wait. */
    public static final String RETRY_AFTER_SECONDS = "5";
    /** PostgreSQL's shutting down or starting up; with class 08 (connection exception) what an outage looks like. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");
    /** An outage is one WARN line a minute at most, not one per request. */
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;
    private static final AtomicLong LAST_WARNED = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    private DatabaseUnavailableException() {
        super("The database cannot be reached just now: nothing was written. Try again in a few seconds.");
    }

    /** The outage behind {@code failure}, said once a minute in the log; null when the failure is not one. */
    public static DatabaseUnavailableException behind(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState()))) {
                warn(cause);
                return new DatabaseUnavailableException();
            }
        }
        return null;
    }

    private static void warn(Throwable cause) {
        long now = System.nanoTime();
        long last = LAST_WARNED.get();
        if (now - last >= WARN_EVERY_NANOS && LAST_WARNED.compareAndSet(last, now)) {
            LOG.warnf("The database cannot be reached (%s): requests that need it are answered 503"
                    + " DATABASE_UNAVAILABLE until it is back", cause.getMessage());
        }
    }

    @Override
    public io.devzone.commons.error.ErrorCode code() {
        return io.devzone.commons.error.ErrorCode.DATABASE_UNAVAILABLE;
    }
}
