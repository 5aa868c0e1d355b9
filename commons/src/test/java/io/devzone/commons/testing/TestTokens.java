package io.devzone.commons.testing;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens shaped like the devzone realm's (roles at {@code realm_access.roles}, audience
 * {@code devzone}), signed with the key of {@code OidcWiremockTestResource}, so the service checks them for real.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "devzone";

    private TestTokens() {
    }

    public static String investment() {
        return token("zhang.wei", "investment");
    }

    public static String land() {
        return token("li.na", "land");
    }

    public static String partyAffairs() {
        return token("wang.fang", "party-affairs");
    }

    public static String leader() {
        return token("chen.jie", "leader");
    }

    public static String token(String username, String... roles) {
        return Jwt.preferredUserName(username)
                .subject(username)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .jws().keyId("1")
                .sign();
    }

    /** A well-signed token for another audience: the services must refuse it. */
    public static String forOtherAudience(String username, String... roles) {
        return Jwt.preferredUserName(username)
                .issuer(ISSUER)
                .audience("another-application")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .jws().keyId("1")
                .sign();
    }
}
