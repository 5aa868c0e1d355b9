package io.devzone.land.domain;

import java.util.EnumSet;
import java.util.Set;

import io.devzone.commons.pipeline.PipelineState;

/** Where a relocation household stands; it moves one status forward at a time, each step dated. */
public enum HouseholdStatus implements PipelineState<HouseholdStatus> {
    /** 已调查 */
    SURVEYED,
    /** 协商中 */
    NEGOTIATING,
    /** 签订拆迁合同 */
    CONTRACT_SIGNED,
    /** 已拆除 */
    DEMOLISHED,
    /** 已安置 */
    RESETTLED;

    /** The statuses this one may move to next. */
    @Override
    public Set<HouseholdStatus> next() {
        return this == RESETTLED ? EnumSet.noneOf(HouseholdStatus.class) : EnumSet.of(values()[ordinal() + 1]);
    }

    public boolean reached(HouseholdStatus other) {
        return ordinal() >= other.ordinal();
    }
}
