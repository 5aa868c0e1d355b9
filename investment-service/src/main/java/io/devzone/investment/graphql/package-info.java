/**
 * This service's GraphQL APIs, one class per aggregate ({@code <Aggregate>GraphQL}). The aggregates declared here
 * add nothing to what their {@code @RecordGraphQL} declares, so records-codegen writes each one's API whole from it;
 * an aggregate with fields or operations of its own declares it on its own class.
 */
@RecordGraphQL(service = CapitalArrivalService.class, plural = "capitalArrivals",
        list = "Capital arrivals, filtered, sorted (e.g. \"-arrivedOn\") and paged (pages count from 0)",
        history = Descriptions.MONEY_HISTORY,
        listed = @Listed(under = InvestmentProjectView.class, field = "capitalArrivals",
                description = "The capital that has arrived for this project (到位资金), oldest first"))
@RecordGraphQL(service = EnterpriseService.class, plural = "enterprises",
        get = "One enterprise (企业) by id",
        list = "Enterprises, filtered, sorted (e.g. \"-name\") and paged (pages count from 0)",
        delete = "Deletes an enterprise that invests in no project; returns its id")
@RecordGraphQL(service = EnterpriseMonthlyFigureService.class, plural = "enterpriseMonthlyFigures",
        list = "Enterprise monthly figures, filtered, sorted (e.g. \"-month\") and paged (pages count from 0)",
        delete = "Deletes a enterprise monthly figure; returns its id",
        history = Descriptions.MONEY_HISTORY,
        listed = @Listed(under = EnterpriseView.class, field = "monthlyFigures",
                description = "This enterprise's monthly figures, by month"))
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

import io.devzone.codegen.Listed;
import io.devzone.codegen.RecordGraphQL;
import io.devzone.investment.mapping.EnterpriseView;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.service.CapitalArrivalService;
import io.devzone.investment.service.EnterpriseMonthlyFigureService;
import io.devzone.investment.service.EnterpriseService;
import io.devzone.investment.service.FinancingService;
import io.devzone.investment.service.InfrastructureProjectService;
import io.devzone.investment.service.SchedulingMeetingService;
