package io.devzone.land.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.land.mapping.InvestmentProjectRef;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.mapping.RelocationProgress;
import io.devzone.land.service.LandParcelService;
import io.devzone.land.service.LandReportService;
import io.smallrye.graphql.api.federation.Resolver;

/** This subgraph's part of investment-service's InvestmentProject: the parcels supplied to it. */
@GraphQLApi
public class InvestmentProjectGraphQL {

    private final LandParcelService parcels;
    private final LandReportService reports;

    InvestmentProjectGraphQL(LandParcelService parcels, LandReportService reports) {
        this.parcels = parcels;
        this.reports = reports;
    }

    /**
     * {@code _entities} for InvestmentProject: the project lives in investment-service, so any id is taken as
     * given (null where it is no UUID); {@code landParcels} then reads this service's records.
     */
    @Resolver
    public List<InvestmentProjectRef> investmentProjectsById(List<String> id) {
        return Ids.parseEach(id).stream().map(parsed -> parsed == null ? null : new InvestmentProjectRef(parsed)).toList();
    }

    @Description("How far relocation has come on the parcels supplied to this project")
    public List<RelocationProgress> relocationProgress(@Source List<InvestmentProjectRef> projects) {
        return RecordFields.perParent(projects, InvestmentProjectRef::id, reports::relocationProgress, null);
    }

    @Description("The land parcels (地块) supplied to this project")
    public List<List<LandParcelView>> landParcels(@Source List<InvestmentProjectRef> projects) {
        return RecordFields.perParent(projects, InvestmentProjectRef::id, parcels::byInvestmentProjects, List.of());
    }
}
