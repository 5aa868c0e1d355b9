package io.devzone.land.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LandParcelRepository implements PanacheRepositoryBase<LandParcel, UUID> {

    public boolean codeTaken(String code, UUID except) {
        return count("code = ?1 and id <> ?2", code, except == null ? new UUID(0, 0) : except) > 0;
    }
}
