package io.devzone.commons.record;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.devzone.commons.history.ChangeView;

/** The REST resource of a record type that keeps a change history: {@code GET /api/<things>/{id}/history} too. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class TrackedRecordResource<S extends RecordService<?, V, I, ?>, V extends RecordView,
        I extends RecordInput> extends RecordResource<S, V, I> {

    @GET
    @Path("{id}/history")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }
}
