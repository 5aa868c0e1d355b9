package io.devzone.gateway.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ExecutionResult;
import graphql.GraphQLError;

/**
 * A client's answer that is a subgraph's answer exactly as the subgraph sent it (data without errors, for an
 * operation the subgraph answers whole): the HTTP layer writes {@link #body()} out as is, and only something that
 * asks for the data as objects has it parsed.
 */
public final class VerbatimResult implements ExecutionResult {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final byte[] body;

    VerbatimResult(byte[] body) {
        this.body = body;
    }

    /** The answer as JSON, ready to send (not copied: nothing changes it). */
    public byte[] body() {
        return body;
    }

    @Override
    public List<GraphQLError> getErrors() {
        return List.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getData() {
        return (T) toSpecification().get("data");
    }

    @Override
    public boolean isDataPresent() {
        return true;
    }

    @Override
    public Map<Object, Object> getExtensions() {
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> toSpecification() {
        try {
            return JSON.readValue(body, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
