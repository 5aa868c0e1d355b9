package io.devzone.land.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.land.mapping.ExpansionApplicationInput;
import io.devzone.land.mapping.ExpansionApplicationView;
import io.devzone.land.mapping.LandUseCaseInput;
import io.devzone.land.mapping.LandUseCaseView;
import io.devzone.land.service.ExpansionApplicationFilter;
import io.devzone.land.service.ExpansionApplicationService;
import io.devzone.land.service.LandUseCaseFilter;
import io.devzone.land.service.LandUseCaseService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

/** Land-use cases (用地报批) and the park expansion application (扩园申报). */
@GraphQLApi
public class LandUseGraphQL {

    private final LandUseCaseService cases;
    private final ExpansionApplicationService expansion;

    LandUseGraphQL(LandUseCaseService cases, ExpansionApplicationService expansion) {
        this.cases = cases;
        this.expansion = expansion;
    }

    @Query
    @Description("One land-use case (用地报批) by id")
    public LandUseCaseView landUseCase(@Id @NonNull String id) {
        return cases.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Land-use cases, filtered, sorted (e.g. \"-approvedOn\") and paged")
    public Page<LandUseCaseView> landUseCases(LandUseCaseFilter filter, Integer page, Integer size, String sort) {
        return cases.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public LandUseCaseView createLandUseCase(@NonNull LandUseCaseInput input) {
        return cases.create(input);
    }

    @Mutation
    public LandUseCaseView updateLandUseCase(@Id @NonNull String id, @NonNull LandUseCaseInput input) {
        return cases.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Id
    @Description("Deletes a land-use case; returns its id")
    public UUID deleteLandUseCase(@Id @NonNull String id) {
        UUID parsed = Ids.parse(id, "id");
        cases.delete(parsed);
        return parsed;
    }

    @Resolver
    @Blocking
    public List<LandUseCaseView> landUseCasesById(List<String> id) {
        return cases.getAll(Ids.parseEach(id));
    }

    @Description("Who changed the approval when: land department and leaders only")
    @Name("history")
    @Nullable // withheld from other departments: the record still arrives, with a FORBIDDEN error here
    public List<@NonNull ChangeView> landUseCaseHistory(@Source LandUseCaseView landUseCase) {
        return cases.history(landUseCase.id());
    }

    @Query
    @Description("One park expansion application (扩园申报) by id")
    public ExpansionApplicationView expansionApplication(@Id @NonNull String id) {
        return expansion.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Park expansion applications, filtered, sorted and paged")
    public Page<ExpansionApplicationView> expansionApplications(ExpansionApplicationFilter filter, Integer page,
            Integer size, String sort) {
        return expansion.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public ExpansionApplicationView createExpansionApplication(@NonNull ExpansionApplicationInput input) {
        return expansion.create(input);
    }

    @Mutation
    public ExpansionApplicationView updateExpansionApplication(@Id @NonNull String id,
            @NonNull ExpansionApplicationInput input) {
        return expansion.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Id
    @Description("Deletes an expansion application; returns its id")
    public UUID deleteExpansionApplication(@Id @NonNull String id) {
        UUID parsed = Ids.parse(id, "id");
        expansion.delete(parsed);
        return parsed;
    }

    @Resolver
    @Blocking
    public List<ExpansionApplicationView> expansionApplicationsById(List<String> id) {
        return expansion.getAll(Ids.parseEach(id));
    }

    @Description("Who changed which approval step when: land department and leaders only")
    @Name("history")
    @Nullable // withheld from other departments: the record still arrives, with a FORBIDDEN error here
    public List<@NonNull ChangeView> applicationHistory(@Source ExpansionApplicationView application) {
        return expansion.history(application.id());
    }
}
