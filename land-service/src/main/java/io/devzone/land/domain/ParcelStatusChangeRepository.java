package io.devzone.land.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ParcelStatusChangeRepository implements PanacheRepositoryBase<ParcelStatusChange, UUID> {

    public List<ParcelStatusChange> ofParcels(Collection<UUID> parcelIds) {
        return list("parcelId in ?1 order by changedOn, createdAt, id", parcelIds);
    }

    public LocalDate lastDate(UUID parcelId) {
        return find("select max(changedOn) from ParcelStatusChange where parcelId = ?1", parcelId)
                .project(LocalDate.class).firstResult();
    }
}
