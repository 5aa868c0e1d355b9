package io.devzone.investment.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvestmentProjectRepository implements PanacheRepositoryBase<InvestmentProject, UUID> {

    public long countByEnterprise(UUID enterpriseId) {
        return count("enterpriseId", enterpriseId);
    }
}
