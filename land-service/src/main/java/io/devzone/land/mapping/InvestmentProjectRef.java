package io.devzone.land.mapping;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * 招商项目, owned by investment-service: this subgraph knows only its key and contributes the parcels
 * supplied to it ({@code landParcels}).
 */
@Type("InvestmentProject")
@Name("InvestmentProject") // what _entities resolves the type by: SmallRye 2.17 reads @Name or the class name, not @Type
@Key(fields = @FieldSet("id"))
public record InvestmentProjectRef(@Id @NonNull UUID id) {
}
