package io.devzone.investment.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.codegen.Listed;
import io.devzone.codegen.RecordGraphQL;
import io.devzone.commons.graphql.Ids;
import io.devzone.investment.mapping.MeetingProblemInput;
import io.devzone.investment.mapping.MeetingProblemView;
import io.devzone.investment.mapping.SchedulingMeetingView;
import io.devzone.investment.service.MeetingProblemService;

@GraphQLApi
@RecordGraphQL(service = MeetingProblemService.class, plural = "meetingProblems",
        get = "One problem raised at a scheduling meeting, by id",
        list = "Problems raised at scheduling meetings: `open: true` for the unresolved, `overdueOn` for those past"
                + " due on that day; sorted (e.g. \"dueOn\") and paged (pages count from 0)",
        creatable = false,
        update = "Changes a problem, or resolves it with a resolution and resolvedOn",
        delete = "Deletes a problem; returns its id",
        listed = @Listed(under = SchedulingMeetingView.class, field = "problems",
                description = "The problems raised at this meeting, by due date"))
public class MeetingProblemGraphQL extends MeetingProblemGraphQLRecords {

    @Mutation
    @Description("Records a problem raised at a scheduling meeting")
    public MeetingProblemView raiseMeetingProblem(@Id @NonNull String schedulingMeetingId,
            @NonNull MeetingProblemInput input) {
        return service.raise(Ids.parse(schedulingMeetingId, "schedulingMeetingId"), input);
    }
}
