package io.devzone.land.service;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;

/** Which plots to list; every criterion optional. */
@Input("ResettlementPlotFilter")
public class ResettlementPlotFilter {

    @Id
    @QueryParam("areaId")
    public UUID areaId;

    /** The whole code, any case. */
    @QueryParam("code")
    public String code;

    @Description("true: only plots assigned to a household; false: only free plots")
    @QueryParam("assigned")
    public Boolean assigned;

    Criteria criteria() {
        Criteria criteria = new Criteria().equal("areaId", areaId)
                .equal("code", code == null || code.isBlank() ? null : code.strip().toUpperCase(java.util.Locale.ROOT));
        return criteria;
    }

    /** The assigned/free condition, added to the Panache query as a subquery. */
    String assignedCondition() {
        if (assigned == null) {
            return null;
        }
        return "id " + (assigned ? "" : "not ") + "in (select h.plotId from RelocationHousehold h where h.plotId is not null)";
    }
}
