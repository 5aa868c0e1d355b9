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
import io.devzone.investment.mapping.EnterpriseMonthlyFigureInput;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureView;
import io.devzone.investment.mapping.EnterpriseView;
import io.devzone.investment.service.EnterpriseMonthlyFigureFilter;
import io.devzone.investment.service.EnterpriseMonthlyFigureService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class EnterpriseMonthlyFigureGraphQL {

    private final EnterpriseMonthlyFigureService service;

    EnterpriseMonthlyFigureGraphQL(EnterpriseMonthlyFigureService service) {
        this.service = service;
    }

    @Query
    @Description("One enterprise monthly figure by id")
    public EnterpriseMonthlyFigureView enterpriseMonthlyFigure(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Enterprise monthly figures, filtered, sorted (e.g. \"-month\") and paged (pages count from 0)")
    public Page<EnterpriseMonthlyFigureView> enterpriseMonthlyFigures(EnterpriseMonthlyFigureFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public EnterpriseMonthlyFigureView createEnterpriseMonthlyFigure(@NonNull EnterpriseMonthlyFigureInput input) {
        return service.create(input);
    }

    @Mutation
    public EnterpriseMonthlyFigureView updateEnterpriseMonthlyFigure(@Id @NonNull String id, @NonNull EnterpriseMonthlyFigureInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a enterprise monthly figure; returns its id")
    @Id
    public UUID deleteEnterpriseMonthlyFigure(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for EnterpriseMonthlyFigure: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<EnterpriseMonthlyFigureView> enterpriseMonthlyFiguresById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("Who changed the money fields, when, from what to what (investment and leaders only)")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<EnterpriseMonthlyFigureView> figures) {
        return RecordFields.histories(service, figures);
    }

    @Description("This enterprise's monthly figures, by month")
    public List<List<EnterpriseMonthlyFigureView>> monthlyFigures(@Source List<EnterpriseView> enterprises) {
        return service.ofEnterprises(RecordFields.ids(enterprises));
    }
}
