package io.devzone.land.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.devzone.commons.security.ReadAccess;
import io.devzone.land.domain.DisputeStatus;
import io.devzone.land.domain.HouseholdStatus;
import io.devzone.land.mapping.RelocationProgress;

/** Relocation progress per investment project, computed from the records. */
@ApplicationScoped
public class LandReportService {

    private final EntityManager em;

    LandReportService(EntityManager em) {
        this.em = em;
    }

    /** The relocation progress of each project's parcels, in two queries whatever the number of projects. */
    @ReadAccess
    public Map<UUID, RelocationProgress> relocationProgress(Collection<UUID> projectIds) {
        Map<UUID, EnumMap<HouseholdStatus, Integer>> byStatus = new HashMap<>();
        Map<UUID, Integer> disputes = new HashMap<>();
        if (!projectIds.isEmpty()) {
            em.createQuery("select p.investmentProjectId, h.status, count(h) from RelocationHousehold h, LandParcel p"
                    + " where h.parcelId = p.id and p.investmentProjectId in :ids"
                    + " group by p.investmentProjectId, h.status", Object[].class)
                    .setParameter("ids", projectIds).getResultList()
                    .forEach(r -> byStatus.computeIfAbsent((UUID) r[0], k -> new EnumMap<>(HouseholdStatus.class))
                            .put((HouseholdStatus) r[1], Math.toIntExact((Long) r[2])));
            em.createQuery("select p.investmentProjectId, count(d) from LandDispute d, LandParcel p"
                    + " where d.parcelId = p.id and p.investmentProjectId in :ids and d.status <> :resolved"
                    + " group by p.investmentProjectId", Object[].class)
                    .setParameter("ids", projectIds).setParameter("resolved", DisputeStatus.RESOLVED).getResultList()
                    .forEach(r -> disputes.put((UUID) r[0], Math.toIntExact((Long) r[1])));
        }
        Map<UUID, RelocationProgress> result = new HashMap<>();
        for (UUID project : projectIds) {
            EnumMap<HouseholdStatus, Integer> counts = byStatus.getOrDefault(project, new EnumMap<>(HouseholdStatus.class));
            List<RelocationProgress.StatusCount> statuses = new ArrayList<>();
            int total = 0;
            int signed = 0;
            for (HouseholdStatus status : HouseholdStatus.values()) {
                int n = counts.getOrDefault(status, 0);
                statuses.add(new RelocationProgress.StatusCount(status, n));
                total += n;
                signed += status.reached(HouseholdStatus.CONTRACT_SIGNED) ? n : 0;
            }
            result.put(project, new RelocationProgress(total, statuses, signed,
                    counts.getOrDefault(HouseholdStatus.RESETTLED, 0), disputes.getOrDefault(project, 0)));
        }
        return result;
    }
}
