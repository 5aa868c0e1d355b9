package io.devzone.land.graphql;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.commons.graphql.Ids;
import io.devzone.land.mapping.InvestmentProjectRef;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

/** This subgraph's part of investment-service's InvestmentProject: the parcels supplied to it. */
@GraphQLApi
public class InvestmentProjectGraphQL {

    @Inject
    InvestmentProjectRefs projects;

    /**
     * {@code _entities} for InvestmentProject: the project lives in investment-service, so any id is taken as
     * given (null where it is no UUID); its parcels and relocation progress are this service's records.
     */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<InvestmentProjectRef> investmentProjectsById(List<String> id) {
        return projects.of(Ids.parseEach(id));
    }
}
