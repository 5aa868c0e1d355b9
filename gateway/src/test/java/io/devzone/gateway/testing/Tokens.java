package io.devzone.gateway.testing;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Tokens shaped like the devzone realm's, for the gateway to verify against {@code OidcWiremockTestResource}. */
public final class Tokens {

    private Tokens() {
    }

    /** A leader's (chen.jie) claims, for a test to change before it signs them. */
    public static JwtClaimsBuilder leaderClaims() {
        return Jwt.preferredUserName("chen.jie").subject("chen.jie").issuer("https://server.example.com")
                .audience("devzone").claim("realm_access", Map.of("roles", List.of("leader")));
    }

    /** A leader's token, signed with the test resource's key. */
    public static String leader() {
        return leaderClaims().jws().keyId("1").sign();
    }
}
