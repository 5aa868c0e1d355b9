package io.devzone.investment.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.record.TrackedRecordResource;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureInput;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureView;
import io.devzone.investment.service.EnterpriseMonthlyFigureFilter;
import io.devzone.investment.service.EnterpriseMonthlyFigureService;

@Path("/api/enterprise-monthly-figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprise monthly figures", description = "企业月度指标: tax paid, industrial added value, fixed-asset investment")
public class EnterpriseMonthlyFigureResource
        extends TrackedRecordResource<EnterpriseMonthlyFigureService, EnterpriseMonthlyFigureView, EnterpriseMonthlyFigureInput> {

    @GET
    public Page<EnterpriseMonthlyFigureView> list(@BeanParam EnterpriseMonthlyFigureFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
