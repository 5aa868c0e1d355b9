package io.devzone.commons.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, extended with the DevZone {@link ErrorCode} and, for invalid input, the fields at fault.
 * Its {@code instance} is the request path as sent, still percent-encoded: never the caller's input decoded.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, ErrorCode code,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, String detail, String instance, List<FieldError> errors) {
        return new Problem("urn:devzone:problem:" + code.name().toLowerCase().replace('_', '-'),
                code.title(), code.status(), detail, instance, code, errors);
    }
}
