package io.devzone.commons.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import io.devzone.commons.security.CurrentUser;

/** Stamps {@link AuditedEntity}'s who and when, so no service has to remember to. */
@ApplicationScoped
public class AuditListener {

    private final CurrentUser currentUser;

    AuditListener(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @PrePersist
    void created(AuditedEntity entity) {
        Instant now = Instant.now();
        entity.createdAt = now;
        entity.createdBy = currentUser.username();
        entity.updatedAt = now;
        entity.updatedBy = entity.createdBy;
    }

    @PreUpdate
    void updated(AuditedEntity entity) {
        entity.updatedAt = Instant.now();
        entity.updatedBy = currentUser.username();
    }
}
