package io.devzone.commons.rest;

import java.net.URI;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestResponse;

/** The answer to a REST {@code POST} that created a record: 201, its {@code Location}, and its view. */
public final class Created {

    private Created() {
    }

    /**
     * 201 Created with {@code Location: <collection>/<id>} and the view as the body.
     *
     * @param collection the resource's path, such as {@code /api/financings}
     */
    public static <V> RestResponse<V> at(String collection, UUID id, V view) {
        return RestResponse.ResponseBuilder.<V>created(URI.create(collection + "/" + id)).entity(view).build();
    }
}
