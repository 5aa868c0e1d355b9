package io.devzone.land.service;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.zone.Park;

/** Which resettlement areas to list; every criterion optional. */
@Input("ResettlementAreaFilter")
public class ResettlementAreaFilter implements RecordFilter {

    /** Part of the name, any case. */
    @QueryParam("name")
    public String name;

    @QueryParam("park")
    public Park park;
}
