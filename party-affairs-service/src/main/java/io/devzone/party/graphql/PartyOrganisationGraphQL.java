package io.devzone.party.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.party.mapping.PartyOrganisationView;
import io.devzone.party.service.PartyOrganisationService;

@GraphQLApi
@RecordGraphQL(service = PartyOrganisationService.class, plural = "partyOrganisations",
        get = "One Party organisation (党组织) by id",
        list = "Party organisations, filtered (e.g. by parentId for one level of the tree), sorted (by default"
                + " \"kind,name\": the committee first) and paged (pages count from 0)",
        delete = "Deletes a Party organisation with no branches, members or honours; returns its id")
public class PartyOrganisationGraphQL extends PartyOrganisationGraphQLRecords {

    @Description("The organisations directly below this one (党支部), by name: the next level of the tree")
    public List<List<PartyOrganisationView>> branches(@Source List<PartyOrganisationView> organisations) {
        return RecordFields.perParent(organisations, PartyOrganisationView::id, service::below, List.of());
    }
}
