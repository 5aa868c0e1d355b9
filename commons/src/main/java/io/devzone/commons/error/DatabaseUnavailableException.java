package io.devzone.commons.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

import io.devzone.platform.logging.ThrottledWarning;
import io.smallrye.graphql.api.ErrorCode;

/**
 * The service's PostgreSQL cannot be reached (restarting, failing over, stopped): the caller may retry shortly, so
 * this is a 503 with {@code Retry-After}, not a fault of ours with a stack trace. Nothing was written: the request's
 * transaction could not commit.
 */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends DomainException {

    private static final ThrottledWarning WARNING = new ThrottledWarning(DatabaseUnavailableException.class,
            Duration.ofMinutes(1));
    /** Seconds a caller is asked to wait. */
    public static final String RETRY_AFTER_SECONDS = "5";
    /** PostgreSQL's shutting down or starting up; with class 08 (connection exception) what an outage looks like. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailableException() {
        super("The database cannot be reached just now: nothing was written. Try again in a few seconds.");
    }

    /** The outage behind {@code failure}, said once a minute in the log; null when the failure is not one. */
    public static DatabaseUnavailableException behind(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState()))) {
                WARNING.warn("The database cannot be reached (%s): requests that need it are answered 503"
                        + " DATABASE_UNAVAILABLE until it is back", cause.getMessage());
                return new DatabaseUnavailableException();
            }
        }
        return null;
    }

    @Override
    public io.devzone.commons.error.ErrorCode code() {
        return io.devzone.commons.error.ErrorCode.DATABASE_UNAVAILABLE;
    }
}
