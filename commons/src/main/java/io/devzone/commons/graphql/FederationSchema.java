package io.devzone.commons.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;

/**
 * Marks every service's SDL as Apollo Federation v2 and imports the directives the house uses: {@code @key} on
 * entities, {@code @shareable} on value types every subgraph shares (such as {@code Audit}).
 */
@GraphQLApi
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = { @Import(name = "@key"), @Import(name = "@shareable") })
public class FederationSchema {
}
