package io.devzone.investment.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.investment.service.SchedulingMeetingService;

@GraphQLApi
@RecordGraphQL(service = SchedulingMeetingService.class, plural = "schedulingMeetings",
        list = "Scheduling meetings, filtered, sorted (e.g. \"-heldOn\") and paged (pages count from 0)")
public class SchedulingMeetingGraphQL extends SchedulingMeetingGraphQLRecords {
}
