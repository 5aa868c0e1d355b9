package io.devzone.investment.service;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.IndustryChain;

/** Which enterprises to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("EnterpriseFilter")
public class EnterpriseFilter implements RecordFilter {

    /** Part of the name, any case. */
    @QueryParam("name")
    public String name;

    @QueryParam("park")
    public Park park;

    @QueryParam("industryChain")
    public IndustryChain industryChain;

    @QueryParam("industrial")
    public Boolean industrial;

    @QueryParam("aboveDesignatedSize")
    public Boolean aboveDesignatedSize;
}
