/**
 * This service's GraphQL APIs, one class per aggregate ({@code <Aggregate>GraphQL}). The aggregates declared here
 * add nothing to what their {@code @RecordGraphQL} declares, so records-codegen writes each one's API whole from it;
 * an aggregate with fields or operations of its own declares it on its own class.
 */
@RecordGraphQL(service = CapitalArrivalService.class, plural = "capitalArrivals",
        sortedLike = "-arrivedOn",
        history = Descriptions.MONEY_HISTORY,
        listed = @Listed(under = InvestmentProjectView.class, field = "capitalArrivals",
                description = "The capital that has arrived for this project (到位资金), oldest first"))
@RecordGraphQL(service = EnterpriseService.class, plural = "enterprises",
        get = "One enterprise (企业) by id",
        sortedLike = "-name",
        delete = "Deletes an enterprise that invests in no project; returns its id")
@RecordGraphQL(service = EnterpriseMonthlyFigureService.class, plural = "enterpriseMonthlyFigures",
        sortedLike = "-month",
        delete = "Deletes a enterprise monthly figure; returns its id",
        history = Descriptions.MONEY_HISTORY,
        listed = @Listed(under = EnterpriseView.class, field = "monthlyFigures",
                description = "This enterprise's monthly figures, by month"))
@RecordGraphQL(service = FinancingService.class, plural = "financings",
        sortedLike = "-arrangedCny",
        history = Descriptions.MONEY_HISTORY)
@RecordGraphQL(service = InfrastructureProjectService.class, plural = "infrastructureProjects",
        sortedLike = "-budgetCny",
        delete = "Deletes a infrastructure project; returns its id",
        history = Descriptions.MONEY_HISTORY)
@RecordGraphQL(service = SchedulingMeetingService.class, plural = "schedulingMeetings",
        sortedLike = "-heldOn")
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
