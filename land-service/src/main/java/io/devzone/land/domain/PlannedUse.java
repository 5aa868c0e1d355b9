package io.devzone.land.domain;

import java.util.EnumSet;
import java.util.Set;

/** What a land parcel is planned for (规划用途). */
public enum PlannedUse {
    /** 工业用地 */
    INDUSTRIAL,
    /** 仓储物流用地 */
    LOGISTICS,
    /** 道路 */
    ROAD,
    /** 安置用地: resettlement of relocated households */
    RESETTLEMENT,
    /** 公共设施用地 */
    PUBLIC_FACILITY,
    /** anything else */
    OTHER;

    /** The uses of land the zone offers to investment projects (enterprises build on it); the rest serves the parks. */
    public static final Set<PlannedUse> FOR_ENTERPRISES = EnumSet.of(INDUSTRIAL, LOGISTICS);
}
