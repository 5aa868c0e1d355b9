package io.devzone.commons.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.devzone.commons.error.AccessDeniedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The department rules in one place, so that REST, GraphQL queries and {@code _entities} all go
 * through the same check (they all call the service layer, which carries the annotations).
 */
@ApplicationScoped
public class AccessGuard {

    private final SecurityIdentity identity;
    private final DepartmentConfig department;

    AccessGuard(SecurityIdentity identity, DepartmentConfig department) {
        this.identity = identity;
        this.department = department;
    }

    public void checkRead() {
        if (Roles.STAFF.stream().noneMatch(identity::hasRole)) {
            throw new AccessDeniedException("Reading requires one of the roles " + new TreeSet<>(Roles.STAFF)
                    + "; you have " + roles() + ".");
        }
    }

    public void checkWrite() {
        if (!identity.hasRole(department.writerRole())) {
            throw new AccessDeniedException("Only the '" + department.writerRole()
                    + "' department may change these records; you have " + roles() + ".");
        }
    }

    /**
     * Restricted records (change histories, personal data) are for the department that owns them and for leaders;
     * other departments are refused.
     */
    public void checkOwnDepartmentOrLeader() {
        if (!isOwnDepartmentOrLeader()) {
            throw new AccessDeniedException("Only the '" + department.writerRole() + "' department and leaders may"
                    + " read this; you have " + roles() + ".");
        }
    }

    /** True for the owning department and leaders: the field-level rule for personal data. */
    public boolean isOwnDepartmentOrLeader() {
        return hasAnyRole(department.writerRole(), Roles.LEADER);
    }

    /** True when the caller holds any of the given roles: for field-level rules such as personal data. */
    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> roles() {
        Set<String> held = new TreeSet<>(identity.getRoles());
        held.retainAll(Roles.STAFF);
        return held;
    }
}
