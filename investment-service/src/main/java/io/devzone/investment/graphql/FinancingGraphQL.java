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
import io.devzone.investment.mapping.FinancingInput;
import io.devzone.investment.mapping.FinancingView;
import io.devzone.investment.service.FinancingFilter;
import io.devzone.investment.service.FinancingService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class FinancingGraphQL {

    private final FinancingService service;

    FinancingGraphQL(FinancingService service) {
        this.service = service;
    }

    @Query
    @Description("One financing by id")
    public FinancingView financing(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Financings, filtered, sorted (e.g. \"-arrangedCny\") and paged (pages count from 0)")
    public Page<FinancingView> financings(FinancingFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public FinancingView createFinancing(@NonNull FinancingInput input) {
        return service.create(input);
    }

    @Mutation
    public FinancingView updateFinancing(@Id @NonNull String id, @NonNull FinancingInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a financing; returns its id")
    @Id
    public UUID deleteFinancing(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for Financing: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<FinancingView> financingsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("Who changed the money fields, when, from what to what (investment and leaders only)")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<FinancingView> financings) {
        return RecordFields.histories(service, financings);
    }
}
