package io.devzone.land.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.devzone.commons.graphql.EntityBatch;
import io.devzone.land.mapping.InvestmentProjectRef;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.mapping.RelocationProgress;
import io.devzone.land.service.LandParcelService;
import io.devzone.land.service.LandReportService;
import io.smallrye.graphql.api.Context;

/**
 * Investment projects as this subgraph knows them, for a batch of ids (an {@code _entities} request, or the projects
 * of a page of parcels): what the query asks of this subgraph's fields is read once for the whole batch.
 */
@Singleton
class InvestmentProjectRefs {

    @Inject
    LandParcelService parcels;

    @Inject
    LandReportService reports;

    @Inject
    Context context;

    /** A project for each id, in order; null where the id is null. */
    List<InvestmentProjectRef> of(List<UUID> ids) {
        EntityBatch batch = EntityBatch.of(context, ids);
        Map<UUID, List<LandParcelView>> parcelsOf = batch.read("landParcels", parcels::byParent);
        Map<UUID, RelocationProgress> progressOf = batch.read("relocationProgress", reports::relocationProgress);
        return batch.each(project -> new InvestmentProjectRef(project, parcelsOf.getOrDefault(project, List.of()),
                progressOf.get(project)));
    }
}
