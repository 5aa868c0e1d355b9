package io.devzone.commons.pipeline;

import java.util.Set;

/**
 * A place in a pipeline (a project's stage, a parcel's or household's status, a member's step): an enum whose
 * {@link #next()} is the whole rule of where a record may move from here (CONVENTIONS.md, "Pipelines").
 *
 * @param <S> the pipeline's enum
 */
public interface PipelineState<S extends Enum<S> & PipelineState<S>> {

    /** Where a record may move from here, in pipeline order; empty at the end. */
    Set<S> next();

    default boolean canMoveTo(S target) {
        return next().contains(target);
    }
}
