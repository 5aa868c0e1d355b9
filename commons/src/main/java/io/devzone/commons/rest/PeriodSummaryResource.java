package io.devzone.commons.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.devzone.commons.service.PeriodSummaryService;

/**
 * A department's section of the work summary (工作总结) over REST, {@code GET /api/work-summary?from=&to=} (ISO
 * dates, both days inclusive). Each service's subclass declares its {@code @Path}, {@code @Tag} and
 * {@code @Produces} (JAX-RS reads them from the declaring class); the operation's summary is the section's own
 * words, in the service's {@code META-INF/openapi.yaml}.
 *
 * @param <X> the department's summary service
 * @param <S> the section it answers
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class PeriodSummaryResource<X extends PeriodSummaryService<S>, S> {

    @Inject
    protected X summaries;

    @GET
    public S get(@QueryParam("from") String from, @QueryParam("to") String to) {
        return summaries.summary(from, to);
    }
}
