package io.devzone.commons.record;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The REST resource of a record type whose records are made through another record's resource (a meeting's problem,
 * raised at {@code POST /api/scheduling-meetings/{id}/problems}): read, change (with the version read), delete.
 * {@link RecordResource} adds the create, and says how a subclass is written: the same here.
 *
 * @param <S> the aggregate's service
 * @param <V> its view
 * @param <I> its input
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class DependentRecordResource<S extends RecordService<?, V, I, ?>, V extends RecordView,
        I extends RecordInput> {

    @Inject
    protected S service;

    @GET
    @Path("{id}")
    public V get(UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    public V update(UUID id, I input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    public void delete(UUID id) {
        service.delete(id);
    }
}
