package io.devzone.investment.graphql;

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
import io.devzone.investment.mapping.SchedulingMeetingInput;
import io.devzone.investment.mapping.SchedulingMeetingView;
import io.devzone.investment.service.SchedulingMeetingFilter;
import io.devzone.investment.service.SchedulingMeetingService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class SchedulingMeetingGraphQL {

    private final SchedulingMeetingService service;

    SchedulingMeetingGraphQL(SchedulingMeetingService service) {
        this.service = service;
    }

    @Query
    @Description("One scheduling meeting by id")
    public SchedulingMeetingView schedulingMeeting(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Scheduling meetings, filtered, sorted (e.g. \"-heldOn\") and paged (pages count from 0)")
    public Page<SchedulingMeetingView> schedulingMeetings(SchedulingMeetingFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public SchedulingMeetingView createSchedulingMeeting(@NonNull SchedulingMeetingInput input) {
        return service.create(input);
    }

    @Mutation
    public SchedulingMeetingView updateSchedulingMeeting(@Id @NonNull String id, @NonNull SchedulingMeetingInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a scheduling meeting; returns its id")
    @Id
    public UUID deleteSchedulingMeeting(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for SchedulingMeeting: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<SchedulingMeetingView> schedulingMeetingsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }
}
