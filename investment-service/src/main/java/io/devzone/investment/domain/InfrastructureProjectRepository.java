package io.devzone.investment.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InfrastructureProjectRepository implements PanacheRepositoryBase<InfrastructureProject, UUID> {

    public boolean nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name.strip(),
                except == null ? new UUID(0, 0) : except) > 0;
    }
}
