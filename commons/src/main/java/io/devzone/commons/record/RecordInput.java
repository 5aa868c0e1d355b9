package io.devzone.commons.record;

/** What a caller sends to create or change a record: its fields, and on a change the {@code version} it read. */
public interface RecordInput {

    /** The version the caller read; ignored on create, required on update. */
    Integer version();
}
