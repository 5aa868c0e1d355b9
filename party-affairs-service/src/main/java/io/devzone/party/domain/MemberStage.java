package io.devzone.party.domain;

import io.devzone.commons.pipeline.OneStepAtATime;

/** The steps of member development (发展党员), in the only order they may be taken. */
public enum MemberStage implements OneStepAtATime<MemberStage> {
    /** 入党申请人 */
    APPLICANT,
    /** 入党积极分子 */
    ACTIVIST,
    /** 发展对象 */
    DEVELOPMENT_TARGET,
    /** 预备党员: admitted as probationary, for one year at least; this is "developed" (发展) in the reports */
    PROBATIONARY,
    /** 正式党员 */
    FULL
}
