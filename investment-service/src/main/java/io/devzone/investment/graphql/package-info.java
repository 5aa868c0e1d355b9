/**
 * This service's GraphQL APIs, one class per aggregate ({@code <Aggregate>GraphQL}). The aggregates declared here
 * add nothing to the operations every record has, so records-codegen writes each one's API whole from its
 * {@code @RecordGraphQL}; an aggregate with fields or operations of its own declares it on its own class.
 */
@RecordGraphQL(service = FinancingService.class, plural = "financings",
        list = "Financings, filtered, sorted (e.g. \"-arrangedCny\") and paged (pages count from 0)",
        history = Descriptions.MONEY_HISTORY)
@RecordGraphQL(service = InfrastructureProjectService.class, plural = "infrastructureProjects",
        list = "Infrastructure projects, filtered, sorted (e.g. \"-budgetCny\") and paged (pages count from 0)",
        delete = "Deletes a infrastructure project; returns its id",
        history = Descriptions.MONEY_HISTORY)
@RecordGraphQL(service = SchedulingMeetingService.class, plural = "schedulingMeetings",
        list = "Scheduling meetings, filtered, sorted (e.g. \"-heldOn\") and paged (pages count from 0)")
package io.devzone.investment.graphql;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.investment.service.FinancingService;
import io.devzone.investment.service.InfrastructureProjectService;
import io.devzone.investment.service.SchedulingMeetingService;
