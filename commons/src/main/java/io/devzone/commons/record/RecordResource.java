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
 * create. An aggregate's resource is annotated {@code @RecordRest} and extends the class generated from it, which
 * extends this for its service ({@code RecordResource<ThingService, ThingView, ThingInput>}) and declares its
 * {@code list} with its filter as the {@code @BeanParam} (RESTEasy Reactive reads one's query parameters from its
 * declared class, never from a type argument) and its own operations. ArC resolves {@code S} for each subclass bean
 * and injects it, so a resource has no constructor. Its operations' summaries are in the service's
 * {@code META-INF/openapi.yaml}, as they are its own words. JAX-RS takes {@code @Produces}/{@code @Consumes} from the
 * class that declares a method, so each class declaring any declares both.
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
