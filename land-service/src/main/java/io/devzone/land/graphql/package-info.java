/**
 * This service's GraphQL APIs, one class per aggregate ({@code <Aggregate>GraphQL}). The aggregates declared here
 * add nothing to what their {@code @RecordGraphQL} declares, so records-codegen writes each one's API whole from it;
 * an aggregate with fields or operations of its own declares it on its own class.
 */
@RecordGraphQL(service = AcquisitionService.class, plural = "acquisitions",
        get = "One acquisition (征地) by id",
        list = "Acquisitions, filtered, sorted (e.g. \"-acquiredOn\") and paged",
        history = "Who changed the compensation or area when: land department and leaders only",
        references = @Reference(field = "parcel", id = "parcelId", service = LandParcelService.class,
                description = "The parcel acquired"))
@RecordGraphQL(service = ExpansionApplicationService.class, plural = "expansionApplications",
        get = "One park expansion application (扩园申报) by id",
        list = "Park expansion applications, filtered, sorted and paged",
        history = "Who changed which approval step when: land department and leaders only")
@RecordGraphQL(service = LandDisputeService.class, plural = "landDisputes",
        get = "One land dispute (纠纷) by id",
        list = "Land disputes, filtered, sorted (e.g. \"-raisedOn\") and paged",
        history = "Who changed the status when: land department and leaders only")
@RecordGraphQL(service = LandUseCaseService.class, plural = "landUseCases",
        get = "One land-use case (用地报批) by id",
        list = "Land-use cases, filtered, sorted (e.g. \"-approvedOn\") and paged",
        delete = "Deletes a land-use case; returns its id",
        history = "Who changed the approval when: land department and leaders only")
@RecordGraphQL(service = ResettlementAreaService.class, plural = "resettlementAreas",
        get = "One resettlement area (安置区) by id",
        list = "Resettlement areas, filtered, sorted and paged",
        delete = "Deletes a resettlement area without plots; returns its id")
@RecordGraphQL(service = ResettlementPlotService.class, plural = "resettlementPlots",
        list = "Resettlement plots, filtered (by area, code, assigned or free), sorted and paged",
        delete = "Deletes a plot assigned to no household; returns its id",
        references = @Reference(field = "area", id = "areaId", service = ResettlementAreaService.class,
                description = "The area the plot belongs to"))
package io.devzone.land.graphql;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.codegen.Reference;
import io.devzone.land.service.AcquisitionService;
import io.devzone.land.service.ExpansionApplicationService;
import io.devzone.land.service.LandDisputeService;
import io.devzone.land.service.LandParcelService;
import io.devzone.land.service.LandUseCaseService;
import io.devzone.land.service.ResettlementAreaService;
import io.devzone.land.service.ResettlementPlotService;
