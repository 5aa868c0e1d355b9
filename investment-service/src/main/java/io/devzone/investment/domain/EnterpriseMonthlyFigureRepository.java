package io.devzone.investment.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EnterpriseMonthlyFigureRepository implements PanacheRepositoryBase<EnterpriseMonthlyFigure, UUID> {

    public long countByEnterprise(UUID enterpriseId) {
        return count("enterpriseId", enterpriseId);
    }
}
