package io.devzone.investment.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.investment.service.SchedulingMeetingService;

@GraphQLApi
@RecordGraphQL(service = SchedulingMeetingService.class, plural = "schedulingMeetings",
        get = "One scheduling meeting by id",
        list = "Scheduling meetings, filtered, sorted (e.g. \"-heldOn\") and paged (pages count from 0)",
        delete = "Deletes a scheduling meeting; returns its id")
public class SchedulingMeetingGraphQL extends SchedulingMeetingGraphQLRecords {
}
