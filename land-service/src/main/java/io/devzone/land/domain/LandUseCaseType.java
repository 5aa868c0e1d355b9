package io.devzone.land.domain;

/** The kind of land-use case. */
public enum LandUseCaseType {
    /** 常规用地 */
    ROUTINE,
    /** 批次用地 */
    BATCH,
    /** 单独选址 */
    SEPARATE_SITE,
    OTHER
}
