package io.devzone.investment.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {
}
