package io.devzone.investment.service;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.record.RecordFilter;
import io.devzone.investment.domain.Indicator;

/** Which targets to list; every criterion is optional. The same on REST and GraphQL. */
@Input("TargetFilter")
public class TargetFilter implements RecordFilter {

    @QueryParam("indicator")
    public Indicator indicator;

    @QueryParam("year")
    public Integer year;
}
