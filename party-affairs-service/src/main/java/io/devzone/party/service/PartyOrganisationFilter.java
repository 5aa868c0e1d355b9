package io.devzone.party.service;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.record.RecordFilter;
import io.devzone.party.domain.OrganisationKind;

/** Which organisations to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("PartyOrganisationFilter")
public class PartyOrganisationFilter implements RecordFilter {

    /** Part of the name, any case. */
    @QueryParam("name")
    public String name;

    @QueryParam("kind")
    public OrganisationKind kind;

    /** The organisations directly below this one. */
    @Id
    @QueryParam("parentId")
    public UUID parentId;

    /** The branch in this enterprise (its id in the investment service). */
    @Id
    @QueryParam("enterpriseId")
    public UUID enterpriseId;
}
