package io.devzone.commons.error;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("FORBIDDEN")
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public io.devzone.commons.error.ErrorCode code() {
        return io.devzone.commons.error.ErrorCode.FORBIDDEN;
    }
}
