package io.devzone.party.domain;

/** What a Party organisation (党组织) is in the zone's tree. */
public enum OrganisationKind {
    /** 区党委: the root of the tree, exactly one */
    ZONE_PARTY_COMMITTEE,
    /** 党支部: a branch, below the committee or another organisation; possibly in a non-public enterprise */
    BRANCH
}
