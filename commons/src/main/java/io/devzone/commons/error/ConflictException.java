package io.devzone.commons.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request is well-formed but clashes with the record's state: a stale version, an illegal transition, a duplicate. */
@ErrorCode("CONFLICT")
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String type, Object id, int expected, int actual) {
        return new ConflictException(type + " " + id + " was changed by someone else: you sent version "
                + expected + ", the current version is " + actual + ". Read it again and retry.");
    }

    /** A write that lost a race with another, caught by the database (optimistic lock, stale state). */
    public static ConflictException changedMeanwhile() {
        return new ConflictException("The record was changed by someone else meanwhile. Read it again and retry.");
    }

    /** A write the database refused by one of its constraints (unique, foreign key, check). */
    public static ConflictException clash() {
        return new ConflictException("The record conflicts with an existing one.");
    }

    @Override
    public io.devzone.commons.error.ErrorCode code() {
        return io.devzone.commons.error.ErrorCode.CONFLICT;
    }
}
