package io.devzone.investment.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

    public Optional<Target> of(Indicator indicator, int year) {
        return find("indicator = ?1 and year = ?2", indicator, year).firstResultOptional();
    }
}
