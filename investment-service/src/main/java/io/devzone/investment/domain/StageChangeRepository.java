package io.devzone.investment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StageChangeRepository implements PanacheRepositoryBase<StageChange, UUID> {

    /** The moves of these projects, each project's oldest first. */
    public List<StageChange> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of()
                : list("investmentProjectId in ?1 order by investmentProjectId, sequence", projectIds);
    }

    public Optional<StageChange> latest(UUID projectId) {
        return find("investmentProjectId = ?1 order by sequence desc", projectId).firstResultOptional();
    }
}
