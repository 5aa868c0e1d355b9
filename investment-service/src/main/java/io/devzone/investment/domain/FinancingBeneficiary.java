package io.devzone.investment.domain;

/** Whom financing is arranged for. */
public enum FinancingBeneficiary {
    /** an enterprise in the zone (then the financing names it) */
    ENTERPRISE,
    /** the zone's own infrastructure (园区基础设施建设) */
    ZONE_INFRASTRUCTURE
}
