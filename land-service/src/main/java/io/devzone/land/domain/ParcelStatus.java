package io.devzone.land.domain;

import io.devzone.commons.pipeline.OneStepAtATime;

/**
 * Where a land parcel stands in acquisition. A parcel moves one status forward at a time; SUPPLIED
 * is the last, reached when the land is allocated to an investment project.
 */
public enum ParcelStatus implements OneStepAtATime<ParcelStatus> {
    /** 规划: planned for acquisition */
    PLANNED,
    /** 征收中 */
    ACQUIRING,
    /** 已征收 */
    ACQUIRED,
    /** 已平整 */
    LEVELLED,
    /** 已供地: supplied to an investment project */
    SUPPLIED
}
