package io.devzone.web;

import java.net.URI;

import io.smallrye.config.ConfigMapping;

/** Where the single-page app finds the gateway and the realm: per deployment, served to it as {@code /config.json}. */
@ConfigMapping(prefix = "devzone.web")
public interface WebConfig {

    /** The gateway's base URL; the app sends every GraphQL request to {@code <gateway-url>/graphql}. */
    URI gatewayUrl();

    /** The Keycloak realm's URL ({@code …/realms/devzone}). */
    URI realmUrl();

    /** Keycloak's public client the app logs in with. */
    String clientId();
}
