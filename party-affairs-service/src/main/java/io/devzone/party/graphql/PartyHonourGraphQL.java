package io.devzone.party.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.party.mapping.PartyHonourInput;
import io.devzone.party.mapping.PartyHonourView;
import io.devzone.party.service.PartyHonourFilter;
import io.devzone.party.service.PartyHonourService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class PartyHonourGraphQL {

    private final PartyHonourService honours;

    PartyHonourGraphQL(PartyHonourService honours) {
        this.honours = honours;
    }

    @Query
    @Description("One honour (表彰) by id")
    public PartyHonourView partyHonour(@Id @NonNull String id) {
        return honours.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Honours, filtered, sorted (e.g. \"-awardedOn\", the default) and paged (pages count from 0)")
    public Page<PartyHonourView> partyHonours(PartyHonourFilter filter, Integer page, Integer size, String sort) {
        return honours.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public PartyHonourView createPartyHonour(@NonNull PartyHonourInput input) {
        return honours.create(input);
    }

    @Mutation
    public PartyHonourView updatePartyHonour(@Id @NonNull String id, @NonNull PartyHonourInput input) {
        return honours.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes an honour; returns its id")
    @Id
    public UUID deletePartyHonour(@Id @NonNull String id) {
        return RecordFields.delete(honours, id);
    }

    /** {@code _entities} for PartyHonour: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<PartyHonourView> partyHonoursById(List<String> id) {
        return RecordFields.byIds(honours, id);
    }
}
