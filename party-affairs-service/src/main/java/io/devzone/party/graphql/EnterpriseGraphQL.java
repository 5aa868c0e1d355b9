package io.devzone.party.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.Ids;
import io.devzone.party.mapping.EnterpriseRef;
import io.devzone.party.mapping.PartyActivityView;
import io.devzone.party.mapping.PartyOrganisationView;
import io.devzone.party.service.PartyActivityService;
import io.devzone.party.service.PartyOrganisationService;
import io.smallrye.graphql.api.federation.Resolver;

/**
 * This subgraph's contribution to the investment service's Enterprise: its Party branch and the Party activities
 * held with it.
 */
@GraphQLApi
public class EnterpriseGraphQL {

    private final PartyActivityService activities;
    private final PartyOrganisationService organisations;

    EnterpriseGraphQL(PartyActivityService activities, PartyOrganisationService organisations) {
        this.activities = activities;
        this.organisations = organisations;
    }

    /**
     * {@code _entities} for Enterprise: the investment service owns enterprises, so any id is taken as
     * given (null where it is no UUID); what this subgraph adds is resolved below.
     */
    @Resolver
    public List<EnterpriseRef> enterprisesById(List<String> id) {
        return Ids.parseEach(id).stream().map(parsed -> parsed == null ? null : new EnterpriseRef(parsed)).toList();
    }

    @Description("The Party activities (活动) this enterprise was involved in, most recent first")
    public List<List<PartyActivityView>> partyActivities(@Source List<EnterpriseRef> enterprises) {
        Map<UUID, List<PartyActivityView>> byEnterprise = activities
                .byEnterprises(enterprises.stream().map(EnterpriseRef::id).toList());
        return enterprises.stream().map(e -> byEnterprise.getOrDefault(e.id(), List.of())).toList();
    }

    @Description("The Party branch (非公企业党支部) in this enterprise, if it has one")
    public List<PartyOrganisationView> partyBranch(@Source List<EnterpriseRef> enterprises) {
        Map<UUID, PartyOrganisationView> byEnterprise = organisations
                .byEnterprises(enterprises.stream().map(EnterpriseRef::id).toList());
        return enterprises.stream().map(e -> byEnterprise.get(e.id())).toList();
    }
}
