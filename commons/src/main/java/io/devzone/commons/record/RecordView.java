package io.devzone.commons.record;

import java.util.UUID;

/** What REST and GraphQL show of a record: at least its id (where a {@code POST}'s {@code Location} points). */
public interface RecordView {

    UUID id();
}
