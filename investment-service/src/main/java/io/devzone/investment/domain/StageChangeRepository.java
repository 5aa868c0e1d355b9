package io.devzone.investment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StageChangeRepository implements PanacheRepositoryBase<StageChange, UUID> {

    public List<StageChange> ofProject(UUID projectId) {
        return list("investmentProjectId = ?1 order by sequence", projectId);
    }

    public Optional<StageChange> latest(UUID projectId) {
        return find("investmentProjectId = ?1 order by sequence desc", projectId).firstResultOptional();
    }

    public void deleteOfProject(UUID projectId) {
        delete("investmentProjectId", projectId);
    }
}
