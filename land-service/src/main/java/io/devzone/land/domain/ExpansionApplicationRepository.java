package io.devzone.land.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExpansionApplicationRepository implements PanacheRepositoryBase<ExpansionApplication, UUID> {
}
