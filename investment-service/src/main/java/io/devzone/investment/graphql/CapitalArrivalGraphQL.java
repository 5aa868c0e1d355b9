package io.devzone.investment.graphql;

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
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.investment.mapping.CapitalArrivalInput;
import io.devzone.investment.mapping.CapitalArrivalView;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.service.CapitalArrivalFilter;
import io.devzone.investment.service.CapitalArrivalService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class CapitalArrivalGraphQL {

    private final CapitalArrivalService service;

    CapitalArrivalGraphQL(CapitalArrivalService service) {
        this.service = service;
    }

    @Query
    @Description("One capital arrival by id")
    public CapitalArrivalView capitalArrival(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Capital arrivals, filtered, sorted (e.g. \"-arrivedOn\") and paged (pages count from 0)")
    public Page<CapitalArrivalView> capitalArrivals(CapitalArrivalFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public CapitalArrivalView createCapitalArrival(@NonNull CapitalArrivalInput input) {
        return service.create(input);
    }

    @Mutation
    public CapitalArrivalView updateCapitalArrival(@Id @NonNull String id, @NonNull CapitalArrivalInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a capital arrival; returns its id")
    @Id
    public UUID deleteCapitalArrival(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for CapitalArrival: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<CapitalArrivalView> capitalArrivalsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("Who changed the money fields, when, from what to what (investment and leaders only)")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<CapitalArrivalView> capitalArrivals) {
        return RecordFields.histories(service, capitalArrivals);
    }

    @Description("The capital that has arrived for this project (到位资金), oldest first")
    public List<List<CapitalArrivalView>> capitalArrivals(@Source List<InvestmentProjectView> projects) {
        return service.ofProjects(RecordFields.ids(projects));
    }
}
