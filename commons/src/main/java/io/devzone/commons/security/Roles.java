package io.devzone.commons.security;

import java.util.Set;

/**
 * The realm roles of the {@code devzone} Keycloak realm. A department role writes its own service;
 * every staff role reads every service; {@link #LEADER} reads everything and writes nothing.
 */
public final class Roles {

    /** 招商引资 / 项目建设: investment promotion and project construction. */
    public static final String INVESTMENT = "investment";
    /** 征地拆迁: land acquisition and relocation. */
    public static final String LAND = "land";
    /** 区党委: the zone Party committee. */
    public static final String PARTY_AFFAIRS = "party-affairs";
    /** 区领导: zone leaders, who read across all departments. */
    public static final String LEADER = "leader";

    public static final Set<String> STAFF = Set.of(INVESTMENT, LAND, PARTY_AFFAIRS, LEADER);

    private Roles() {
    }
}
