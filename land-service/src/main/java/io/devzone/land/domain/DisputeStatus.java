package io.devzone.land.domain;

/** Where a dispute stands: OPEN, being mediated (调处中), RESOLVED (dated). */
public enum DisputeStatus {
    OPEN, MEDIATING, RESOLVED
}
