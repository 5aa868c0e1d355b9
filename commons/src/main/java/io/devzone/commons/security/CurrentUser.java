package io.devzone.commons.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, as recorded in audit fields and change histories: the token's user name. */
@ApplicationScoped
public class CurrentUser {

    /** Recorded when no caller is authenticated, e.g. work done at start-up. */
    public static final String SYSTEM = "system";

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        return identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}
