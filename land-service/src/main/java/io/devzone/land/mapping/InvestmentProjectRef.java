package io.devzone.land.mapping;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * 招商项目, owned by investment-service: this subgraph knows its key and contributes the parcels supplied to it and
 * how far their relocation has come, filled for a whole batch at once ({@code InvestmentProjectRefs}).
 */
@Name("InvestmentProject")
@Key(fields = @FieldSet("id"))
public record InvestmentProjectRef(
        @Id @NonNull UUID id,
        @Description("The land parcels (地块) supplied to this project")
        List<LandParcelView> landParcels,
        @Description("How far relocation has come on the parcels supplied to this project")
        RelocationProgress relocationProgress) {
}
