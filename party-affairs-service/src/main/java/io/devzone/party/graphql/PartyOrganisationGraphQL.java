package io.devzone.party.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.party.mapping.PartyOrganisationInput;
import io.devzone.party.mapping.PartyOrganisationView;
import io.devzone.party.service.PartyOrganisationFilter;
import io.devzone.party.service.PartyOrganisationService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class PartyOrganisationGraphQL {

    private final PartyOrganisationService organisations;

    PartyOrganisationGraphQL(PartyOrganisationService organisations) {
        this.organisations = organisations;
    }

    @Query
    @Description("One Party organisation (党组织) by id")
    public PartyOrganisationView partyOrganisation(@Id @NonNull String id) {
        return organisations.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Party organisations, filtered (e.g. by parentId for one level of the tree), sorted (by default"
            + " \"kind,name\": the committee first) and paged (pages count from 0)")
    public Page<PartyOrganisationView> partyOrganisations(PartyOrganisationFilter filter, Integer page,
            Integer size, String sort) {
        return organisations.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public PartyOrganisationView createPartyOrganisation(@NonNull PartyOrganisationInput input) {
        return organisations.create(input);
    }

    @Mutation
    public PartyOrganisationView updatePartyOrganisation(@Id @NonNull String id,
            @NonNull PartyOrganisationInput input) {
        return organisations.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a Party organisation with no branches, members or honours; returns its id")
    @Id
    public UUID deletePartyOrganisation(@Id @NonNull String id) {
        return RecordFields.delete(organisations, id);
    }

    @Description("The organisations directly below this one (党支部), by name: the next level of the tree")
    public List<List<PartyOrganisationView>> branches(@Source List<PartyOrganisationView> organisations) {
        return RecordFields.perParent(organisations, PartyOrganisationView::id, this.organisations::below, List.of());
    }

    /** {@code _entities} for PartyOrganisation: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<PartyOrganisationView> partyOrganisationsById(List<String> id) {
        return RecordFields.byIds(organisations, id);
    }
}
