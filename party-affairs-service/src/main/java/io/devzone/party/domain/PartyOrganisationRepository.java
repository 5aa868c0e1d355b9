package io.devzone.party.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartyOrganisationRepository implements PanacheRepositoryBase<PartyOrganisation, UUID> {

    /** The branches in any of these enterprises: one query, however many enterprises are asked for. */
    public List<PartyOrganisation> inEnterprises(Collection<UUID> enterpriseIds) {
        return list("enterpriseId in ?1", enterpriseIds);
    }

    /** The organisations directly below any of these, by name: one query, however many parents are asked for. */
    public List<PartyOrganisation> below(Collection<UUID> parentIds) {
        return list("parentId in ?1 order by name, id", parentIds);
    }
}
