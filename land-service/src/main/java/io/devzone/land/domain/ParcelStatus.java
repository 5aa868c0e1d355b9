package io.devzone.land.domain;

import java.util.EnumSet;
import java.util.Set;

import io.devzone.commons.pipeline.PipelineState;

/**
 * Where a land parcel stands in acquisition. A parcel moves one status forward at a time; SUPPLIED
 * is the last, reached when the land is allocated to an investment project.
 */
public enum ParcelStatus implements PipelineState<ParcelStatus> {
    /** 规划: planned for acquisition */
    PLANNED,
    /** 征收中 */
    ACQUIRING,
    /** 已征收 */
    ACQUIRED,
    /** 已平整 */
    LEVELLED,
    /** 已供地: supplied to an investment project */
    SUPPLIED;

    /** The statuses this one may move to next. */
    @Override
    public Set<ParcelStatus> next() {
        if (this == SUPPLIED) {
            return EnumSet.noneOf(ParcelStatus.class);
        }
        return EnumSet.of(values()[ordinal() + 1]);
    }
}
