package io.devzone.land.domain;

import io.devzone.commons.pipeline.OneStepAtATime;

/** Where a relocation household stands; it moves one status forward at a time, each step dated. */
public enum HouseholdStatus implements OneStepAtATime<HouseholdStatus> {
    /** 已调查 */
    SURVEYED,
    /** 协商中 */
    NEGOTIATING,
    /** 签订拆迁合同 */
    CONTRACT_SIGNED,
    /** 已拆除 */
    DEMOLISHED,
    /** 已安置 */
    RESETTLED
}
