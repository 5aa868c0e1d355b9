package io.devzone.commons.error;

/**
 * A refusal the caller can act on. Its message is shown to the caller, so it says what was wrong
 * and never carries internals. Each subclass stands for one {@link ErrorCode}; the GraphQL
 * {@code @ErrorCode} on it gives the same code in {@code extensions.code}.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    public abstract ErrorCode code();
}
