package io.devzone.commons.error;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("NOT_FOUND")
public class RecordNotFoundException extends DomainException {

    public RecordNotFoundException(String type, Object id) {
        super("No " + type + " with id " + id + ".");
    }

    @Override
    public io.devzone.commons.error.ErrorCode code() {
        return io.devzone.commons.error.ErrorCode.NOT_FOUND;
    }
}
