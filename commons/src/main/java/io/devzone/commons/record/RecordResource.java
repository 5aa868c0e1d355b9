package io.devzone.commons.record;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import io.devzone.commons.rest.Created;

/**
 * The REST resource of a record type, {@code /api/<things>} (CONVENTIONS.md, "REST"): list, read, create (201 with
 * {@code Location}), change (with the version read), delete; {@link DependentRecordResource} declares all but the
 * create. An aggregate's resource declares its {@code @Path} and {@code @Tag} and extends this, naming its service
 * first ({@code RecordResource<ThingService, ThingView, ThingInput>}): ArC resolves {@code S} for each subclass bean
 * and injects it, so a resource has no constructor and calls its own use cases (a pipeline move) on the same
 * {@code service}. Its operations' summaries are in the service's {@code META-INF/openapi.yaml}, as they are its own
 * words. It adds only its own operations, and its list:
 * <pre>
 * &#64;GET
 * public Page&lt;ThingView&gt; list(&#64;BeanParam ThingFilter filter, &#64;BeanParam PageParams page) {
 *     return service.list(filter, page.toRequest());
 * }
 * </pre>
 * since RESTEasy Reactive reads a {@code @BeanParam}'s query parameters from its declared class, never from a type
 * argument (a {@code @BeanParam F} here is read as its bound {@code RecordFilter}, and the build fails: no
 * parameters). JAX-RS takes {@code @Produces}/{@code @Consumes} from the class that declares a method, so every
 * subclass declares both too, or its own methods would answer any media type.
 *
 * @param <S> the aggregate's service
 * @param <V> its view
 * @param <I> its input
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class RecordResource<S extends RecordService<?, V, I, ?>, V extends RecordView, I extends RecordInput>
        extends DependentRecordResource<S, V, I> {

    @POST
    public RestResponse<V> create(I input, @Context UriInfo uri) {
        V created = service.create(input);
        return Created.at(uri.getPath(), created.id(), created);
    }
}
