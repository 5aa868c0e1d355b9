package io.devzone.land.service;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Criterion;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;

/** Which plots to list; every criterion optional. */
@Input("ResettlementPlotFilter")
public class ResettlementPlotFilter implements RecordFilter {

    private static final String ASSIGNED = "select h.plotId from RelocationHousehold h where h.plotId is not null";

    @Id
    @QueryParam("areaId")
    public UUID areaId;

    /** The whole code, any case. */
    @Criterion(Match.CODE)
    @QueryParam("code")
    public String code;

    @Description("true: only plots assigned to a household; false: only free plots")
    @Criterion(Match.OWN)
    @QueryParam("assigned")
    public Boolean assigned;

    /** Besides the declared criteria, whether a household holds the plot. */
    @Override
    public Criteria criteria() {
        return RecordFilter.super.criteria()
                .condition(Boolean.TRUE.equals(assigned), "id in (" + ASSIGNED + ")")
                .condition(Boolean.FALSE.equals(assigned), "id not in (" + ASSIGNED + ")");
    }
}
