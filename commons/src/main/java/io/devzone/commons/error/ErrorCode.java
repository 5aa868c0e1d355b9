package io.devzone.commons.error;

/**
 * Every error a DevZone service answers with. The same code travels as {@code code} in a REST problem
 * (RFC 9457) and as {@code extensions.code} in a GraphQL error, so a client handles both alike.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "The request is not valid"),
    BAD_REQUEST(400, "The request cannot be read"),
    UNAUTHENTICATED(401, "Authentication is required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    REQUEST_TOO_LARGE(413, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    INTERNAL(500, "Internal error"),
    /** Keycloak cannot be reached to verify a token whose signing key this process does not hold yet. */
    AUTH_UNAVAILABLE(503, "Sign-in service unavailable"),
    /** The service's PostgreSQL cannot be reached: restarting, failing over, stopped. */
    DATABASE_UNAVAILABLE(503, "Database unavailable");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The code that answers an HTTP status this service did not produce itself (routing, content negotiation). */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> REQUEST_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
