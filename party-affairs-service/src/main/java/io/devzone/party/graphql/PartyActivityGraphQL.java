package io.devzone.party.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.party.mapping.PartyActivityInput;
import io.devzone.party.mapping.PartyActivityView;
import io.devzone.party.service.PartyActivityFilter;
import io.devzone.party.service.PartyActivityService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class PartyActivityGraphQL {

    private final PartyActivityService activities;

    PartyActivityGraphQL(PartyActivityService activities) {
        this.activities = activities;
    }

    @Query
    @Description("One Party activity (活动) by id")
    public PartyActivityView partyActivity(@Id @NonNull String id) {
        return activities.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Party activities, filtered, sorted (e.g. \"-heldOn\", the default) and paged (pages count from 0)")
    public Page<PartyActivityView> partyActivities(PartyActivityFilter filter, Integer page, Integer size,
            String sort) {
        return activities.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public PartyActivityView createPartyActivity(@NonNull PartyActivityInput input) {
        return activities.create(input);
    }

    @Mutation
    public PartyActivityView updatePartyActivity(@Id @NonNull String id, @NonNull PartyActivityInput input) {
        return activities.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a Party activity; returns its id")
    @Id
    public UUID deletePartyActivity(@Id @NonNull String id) {
        return RecordFields.delete(activities, id);
    }

    /** {@code _entities} for PartyActivity: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<PartyActivityView> partyActivitiesById(List<String> id) {
        return RecordFields.byIds(activities, id);
    }
}
