package io.devzone.land.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LandParcelRepository implements PanacheRepositoryBase<LandParcel, UUID> {
}
