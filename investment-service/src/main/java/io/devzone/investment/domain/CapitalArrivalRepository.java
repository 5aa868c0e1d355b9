package io.devzone.investment.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CapitalArrivalRepository implements PanacheRepositoryBase<CapitalArrival, UUID> {

    public long countByProject(UUID projectId) {
        return count("investmentProjectId", projectId);
    }
}
