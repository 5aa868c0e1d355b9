package io.devzone.party.mapping;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * 企业, the investment service's entity, as this subgraph knows it: by its key, with what this service adds (the
 * Party activities held with it, its Party branch). {@code _entities} fills both for a whole batch at once, as plain
 * fields: as fields resolved per enterprise, the framework's per-field work cost more than the queries.
 */
@Name("Enterprise")
@Key(fields = @FieldSet("id"))
public record EnterpriseRef(
        @Id @NonNull UUID id,
        @Description("The Party activities (活动) this enterprise was involved in, most recent first")
        List<PartyActivityView> partyActivities,
        @Description("The Party branch (非公企业党支部) in this enterprise, if it has one")
        PartyOrganisationView partyBranch) {
}
