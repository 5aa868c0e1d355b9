package io.devzone.commons.error;

import java.util.UUID;

import org.jboss.logging.Logger;

/**
 * A fault of ours ({@code INTERNAL}), on REST or GraphQL alike: logged at ERROR with its stack under a fresh
 * reference, and the caller gets only that reference to quote.
 */
public final class Faults {

    private static final Logger LOG = Logger.getLogger(Faults.class);

    private Faults() {
    }

    /** Logs the failure of {@code where} (a path, a GraphQL field) and answers the message the caller sees. */
    public static String report(Throwable failure, String where) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure of %s (reference %s)", where, reference);
        return "An unexpected error occurred (reference " + reference + ").";
    }
}
