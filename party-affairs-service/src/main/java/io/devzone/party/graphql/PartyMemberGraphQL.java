package io.devzone.party.graphql;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.PersonalFields;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.party.mapping.MemberStepInput;
import io.devzone.party.mapping.PartyMemberInput;
import io.devzone.party.mapping.PartyMemberView;
import io.devzone.party.service.PartyMemberFilter;
import io.devzone.party.service.PartyMemberService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class PartyMemberGraphQL {

    /** Why a withheld personal field is refused. */
    private static final UnaryOperator<String> WITHHELD = field -> "A member's " + field
            + " is personal data: only the 'party-affairs' department and leaders may read it.";

    private final PartyMemberService members;

    PartyMemberGraphQL(PartyMemberService members) {
        this.members = members;
    }

    @Query
    @Description("One member in development (发展党员) by id")
    public PartyMemberView partyMember(@Id @NonNull String id) {
        return members.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Members in development, filtered, sorted (e.g. \"-appliedOn\", the default) and paged (pages count"
            + " from 0)")
    public Page<PartyMemberView> partyMembers(PartyMemberFilter filter, Integer page, Integer size, String sort) {
        return members.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    @Description("Records an application for membership: the APPLICANT step, on appliedOn")
    public PartyMemberView createPartyMember(@NonNull PartyMemberInput input) {
        return members.create(input);
    }

    @Mutation
    @Description("Changes a member's details (not the steps)")
    public PartyMemberView updatePartyMember(@Id @NonNull String id, @NonNull PartyMemberInput input) {
        return members.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Takes the member's next step on a day; an illegal step is refused (CONFLICT) with the reason")
    public PartyMemberView takePartyMemberStep(@Id @NonNull String id, @NonNull MemberStepInput input) {
        return members.takeStep(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a member with no honours; returns the id")
    @Id
    public UUID deletePartyMember(@Id @NonNull String id) {
        return RecordFields.delete(members, id);
    }

    @Description("Personal data: for party-affairs and leaders only, FORBIDDEN for anyone else")
    public String name(@Source PartyMemberView member) {
        return PersonalFields.readable(member.redactedFields(), "name", member.name(), WITHHELD);
    }

    @Description("18-character resident identity number. Personal data: for party-affairs and leaders only")
    public String identityNumber(@Source PartyMemberView member) {
        return PersonalFields.readable(member.redactedFields(), "identityNumber", member.identityNumber(),
                WITHHELD);
    }

    @Description("Personal data: for party-affairs and leaders only")
    public String phone(@Source PartyMemberView member) {
        return PersonalFields.readable(member.redactedFields(), "phone", member.phone(), WITHHELD);
    }

    @Description("The member's steps and changes, oldest first: for party-affairs and leaders only")
    @Nullable // withheld from other departments: the members still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<PartyMemberView> partyMembers) {
        return RecordFields.histories(members, partyMembers);
    }

    /** {@code _entities} for PartyMember: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<PartyMemberView> partyMembersById(List<String> id) {
        return RecordFields.byIds(members, id);
    }
}
