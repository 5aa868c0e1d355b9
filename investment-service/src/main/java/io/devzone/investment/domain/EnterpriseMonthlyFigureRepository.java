package io.devzone.investment.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EnterpriseMonthlyFigureRepository implements PanacheRepositoryBase<EnterpriseMonthlyFigure, UUID> {

    public boolean monthTaken(UUID enterpriseId, LocalDate month, UUID except) {
        return count("enterpriseId = ?1 and month = ?2 and id <> ?3", enterpriseId, month,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    public long countByEnterprise(UUID enterpriseId) {
        return count("enterpriseId", enterpriseId);
    }
}
