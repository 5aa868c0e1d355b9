package io.devzone.party.mapping;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * 企业, the investment service's entity, as this subgraph knows it: by its key only. This service adds the
 * Party activities held with the enterprise; everything else about it comes from the investment service.
 */
@Type("Enterprise")
@Name("Enterprise") // what _entities resolves the type by: SmallRye 2.17 reads @Name or the class name, not @Type
@Key(fields = @FieldSet("id"))
public record EnterpriseRef(@Id @NonNull UUID id) {
}
