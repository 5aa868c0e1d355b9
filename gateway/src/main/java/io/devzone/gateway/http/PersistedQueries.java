package io.devzone.gateway.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.devzone.gateway.execution.GraphQLRequest;

/**
 * Automatic persisted queries as Apollo and other web clients speak them: a request may carry only
 * {@code extensions.persistedQuery.sha256Hash}; until the full query has been sent once with that hash the answer
 * is {@code PersistedQueryNotFound}, and the client retries with the query.
 */
@ApplicationScoped
public class PersistedQueries {

    private final Cache<String, String> queries = Caffeine.newBuilder().maximumSize(10_000).build();

    /** The request with its query filled in, or the error to answer instead. */
    public Resolved resolve(GraphQLRequest request) {
        String hash = hash(request);
        if (hash == null) {
            return request.query() == null || request.query().isBlank()
                    ? Resolved.error("BAD_REQUEST", "The request has no query.")
                    : Resolved.ok(request);
        }
        if (request.query() == null) {
            String known = queries.getIfPresent(hash);
            return known == null
                    ? Resolved.error("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound")
                    : Resolved.ok(request.withQuery(known));
        }
        if (!sha256(request.query()).equals(hash)) {
            return Resolved.error("BAD_REQUEST", "provided sha does not match query");
        }
        queries.put(hash, request.query());
        return Resolved.ok(request);
    }

    private static String hash(GraphQLRequest request) {
        if (request.extensions() != null && request.extensions().get("persistedQuery") instanceof Map<?, ?> persisted
                && persisted.get("sha256Hash") instanceof String hash) {
            return hash.toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    static String sha256(String query) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Either a request to execute or an error (code and message) to answer. */
    public record Resolved(GraphQLRequest request, String code, String message) {

        static Resolved ok(GraphQLRequest request) {
            return new Resolved(request, null, null);
        }

        static Resolved error(String code, String message) {
            return new Resolved(null, code, message);
        }
    }
}
