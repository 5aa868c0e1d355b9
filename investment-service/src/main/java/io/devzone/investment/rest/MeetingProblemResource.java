package io.devzone.investment.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.record.DependentRecordResource;
import io.devzone.investment.mapping.MeetingProblemInput;
import io.devzone.investment.mapping.MeetingProblemView;
import io.devzone.investment.service.MeetingProblemFilter;
import io.devzone.investment.service.MeetingProblemService;

@Path("/api/meeting-problems")
@Tag(name = "Meeting problems", description = "存在的问题: problems raised at scheduling meetings, until resolved")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingProblemResource
        extends DependentRecordResource<MeetingProblemService, MeetingProblemView, MeetingProblemInput> {

    @GET
    @Operation(summary = "List problems, filtered (open=true for the unresolved, overdueOn=<date> for those past due"
            + " on that day), sorted and paged")
    public Page<MeetingProblemView> list(@BeanParam MeetingProblemFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
