package io.devzone.land.service;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.record.RecordFilter;

/** Which expansion applications to list. */
@Input("ExpansionApplicationFilter")
public class ExpansionApplicationFilter implements RecordFilter {

    /** Part of the title, any case. */
    @QueryParam("title")
    public String title;
}
