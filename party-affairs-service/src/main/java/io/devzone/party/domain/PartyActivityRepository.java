package io.devzone.party.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartyActivityRepository implements PanacheRepositoryBase<PartyActivity, UUID> {

    /**
     * The activities involving any of these enterprises, most recent first, each with all its enterprises
     * fetched: one query, however many enterprises are asked for.
     */
    public List<PartyActivity> involvingAny(Collection<UUID> enterpriseIds) {
        return list("select a from PartyActivity a left join fetch a.enterpriseIds"
                + " where a.id in (select b.id from PartyActivity b join b.enterpriseIds e where e in ?1)"
                + " order by a.heldOn desc, a.id", enterpriseIds);
    }
}
