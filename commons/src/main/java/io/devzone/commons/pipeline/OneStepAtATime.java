package io.devzone.commons.pipeline;

import java.util.EnumSet;
import java.util.Set;

/**
 * A pipeline whose states are taken one at a time in the order the enum declares them (a parcel's or household's
 * status, a member's step): that order is the whole rule, so such an enum declares nothing but its constants.
 *
 * @param <S> the pipeline's enum
 */
public interface OneStepAtATime<S extends Enum<S> & PipelineState<S>> extends PipelineState<S> {

    /** The state declared after this one; none after the last. */
    @Override
    default Set<S> next() {
        S[] states = self().getDeclaringClass().getEnumConstants();
        int following = self().ordinal() + 1;
        return following < states.length ? EnumSet.of(states[following]) : EnumSet.noneOf(self().getDeclaringClass());
    }

    /** Whether a record here has come to {@code state}: it is this state or one before it. */
    default boolean reached(S state) {
        return self().ordinal() >= state.ordinal();
    }

    @SuppressWarnings("unchecked") // only S implements OneStepAtATime<S>
    private S self() {
        return (S) this;
    }
}
