package io.devzone.investment.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvestmentProjectRepository implements PanacheRepositoryBase<InvestmentProject, UUID> {

    public List<InvestmentProject> byEnterprises(Collection<UUID> enterpriseIds) {
        return list("enterpriseId in ?1 order by name, id", enterpriseIds);
    }

    public long countByEnterprise(UUID enterpriseId) {
        return count("enterpriseId", enterpriseId);
    }
}
