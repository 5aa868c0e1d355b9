package io.devzone.land.service;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.record.RecordFilter;
import io.devzone.land.domain.DisputeStatus;

/** Which disputes to list; every criterion optional. */
@Input("LandDisputeFilter")
public class LandDisputeFilter implements RecordFilter {

    @Id
    @QueryParam("parcelId")
    public UUID parcelId;

    @QueryParam("status")
    public DisputeStatus status;

    /** Part of the subject, any case. */
    @QueryParam("subject")
    public String subject;
}
