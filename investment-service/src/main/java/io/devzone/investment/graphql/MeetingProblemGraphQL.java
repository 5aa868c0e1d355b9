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
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.investment.mapping.MeetingProblemInput;
import io.devzone.investment.mapping.MeetingProblemView;
import io.devzone.investment.mapping.SchedulingMeetingView;
import io.devzone.investment.service.MeetingProblemFilter;
import io.devzone.investment.service.MeetingProblemService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class MeetingProblemGraphQL {

    private final MeetingProblemService service;

    MeetingProblemGraphQL(MeetingProblemService service) {
        this.service = service;
    }

    @Query
    @Description("One problem raised at a scheduling meeting, by id")
    public MeetingProblemView meetingProblem(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Problems raised at scheduling meetings: `open: true` for the unresolved, `overdueOn` for those past"
            + " due on that day; sorted (e.g. \"dueOn\") and paged (pages count from 0)")
    public Page<MeetingProblemView> meetingProblems(MeetingProblemFilter filter, Integer page, Integer size,
            String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    @Description("Records a problem raised at a scheduling meeting")
    public MeetingProblemView raiseMeetingProblem(@Id @NonNull String schedulingMeetingId,
            @NonNull MeetingProblemInput input) {
        return service.raise(Ids.parse(schedulingMeetingId, "schedulingMeetingId"), input);
    }

    @Mutation
    @Description("Changes a problem, or resolves it with a resolution and resolvedOn")
    public MeetingProblemView updateMeetingProblem(@Id @NonNull String id, @NonNull MeetingProblemInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a problem; returns its id")
    @Id
    public UUID deleteMeetingProblem(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for MeetingProblem: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<MeetingProblemView> meetingProblemsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("The problems raised at this meeting, by due date")
    public List<List<MeetingProblemView>> problems(@Source List<SchedulingMeetingView> meetings) {
        return service.ofMeetings(RecordFields.ids(meetings));
    }
}
