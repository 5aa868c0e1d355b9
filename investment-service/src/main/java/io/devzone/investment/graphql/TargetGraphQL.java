package io.devzone.investment.graphql;

import java.time.LocalDate;
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
import io.devzone.investment.mapping.TargetInput;
import io.devzone.investment.mapping.TargetProgress;
import io.devzone.investment.mapping.TargetView;
import io.devzone.investment.service.TargetFilter;
import io.devzone.investment.service.TargetService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class TargetGraphQL {

    private final TargetService service;

    TargetGraphQL(TargetService service) {
        this.service = service;
    }

    @Query
    @Description("One target by id")
    public TargetView target(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Targets, filtered, sorted (e.g. \"-year\") and paged (pages count from 0)")
    public Page<TargetView> targets(TargetFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public TargetView createTarget(@NonNull TargetInput input) {
        return service.create(input);
    }

    @Mutation
    public TargetView updateTarget(@Id @NonNull String id, @NonNull TargetInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a target; returns its id")
    @Id
    public UUID deleteTarget(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for Target: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<TargetView> targetsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("Completion and year-on-year growth from 1 January to `to` (default 31 December), computed from the records")
    public TargetProgress progress(@Source TargetView target, LocalDate to) {
        return service.progress(target.id(), to);
    }

    @Description("Who changed the money fields, when, from what to what (investment and leaders only)")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<TargetView> targets) {
        return RecordFields.histories(service, targets);
    }
}
