package io.devzone.party.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.EntityBatch;
import io.devzone.party.mapping.EnterpriseRef;
import io.devzone.party.mapping.PartyActivityView;
import io.devzone.party.mapping.PartyOrganisationView;
import io.devzone.party.service.PartyActivityService;
import io.devzone.party.service.PartyOrganisationService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.federation.Resolver;

/**
 * This subgraph's contribution to the investment service's Enterprise: its Party branch and the Party activities
 * held with it.
 */
@GraphQLApi
public class EnterpriseGraphQL {

    @Inject
    PartyActivityService activities;

    @Inject
    PartyOrganisationService organisations;

    @Inject
    Context context;

    /**
     * {@code _entities} for Enterprise: the investment service owns enterprises, so any id is taken as given (null
     * where it is no UUID). What the query selects of this subgraph's fields is read here for every representation
     * in one query each, so that a batch costs what a list of as many records does.
     */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<EnterpriseRef> enterprisesById(List<String> id) {
        EntityBatch batch = EntityBatch.of(context, Ids.parseEach(id));
        Map<UUID, List<PartyActivityView>> activitiesOf = batch.read("partyActivities", activities::byEnterprises);
        Map<UUID, PartyOrganisationView> branchOf = batch.read("partyBranch", organisations::byEnterprises);
        return batch.each(enterprise -> new EnterpriseRef(enterprise, activitiesOf.getOrDefault(enterprise, List.of()),
                branchOf.get(enterprise)));
    }
}
