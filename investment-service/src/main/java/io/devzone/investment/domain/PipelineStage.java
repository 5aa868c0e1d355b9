package io.devzone.investment.domain;

import java.util.EnumSet;
import java.util.Set;

import io.devzone.commons.pipeline.PipelineState;

/**
 * Where an investment project stands in the attraction pipeline. A project moves one stage forward
 * at a time, or is dropped from any stage before production.
 */
public enum PipelineStage implements PipelineState<PipelineStage> {
    /** 线索 */
    LEAD,
    /** 跟踪洽谈 */
    NEGOTIATING,
    /** 达成意向 */
    INTENT,
    /** 签约 */
    SIGNED,
    /** 落户 */
    LANDED,
    /** 在建 */
    UNDER_CONSTRUCTION,
    /** 投产达效 */
    IN_PRODUCTION,
    /** dropped from the pipeline */
    DROPPED;

    @Override
    public Set<PipelineStage> next() {
        if (this == IN_PRODUCTION || this == DROPPED) {
            return EnumSet.noneOf(PipelineStage.class);
        }
        return EnumSet.of(values()[ordinal() + 1], DROPPED);
    }
}
