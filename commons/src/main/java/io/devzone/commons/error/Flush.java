package io.devzone.commons.error;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Writes pending changes now, inside the service call, so that a lost race (a stale version, a
 * duplicate key) reaches the caller as a {@link ConflictException} on REST and GraphQL alike
 * instead of failing later at commit.
 */
public final class Flush {

    private Flush() {
    }

    public static void now(String what) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException(what + " was changed by someone else meanwhile. Read it again and retry.");
        } catch (ConstraintViolationException e) {
            // the constraint's name is the database's, not the caller's: the record named says enough
            throw new ConflictException(what + " conflicts with an existing record.");
        }
    }
}
