package io.devzone.party.graphql;

import java.util.function.UnaryOperator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.PersonalFields;
import io.devzone.party.mapping.MemberStepInput;
import io.devzone.party.mapping.PartyMemberView;
import io.devzone.party.service.PartyMemberService;

@GraphQLApi
@RecordGraphQL(service = PartyMemberService.class, plural = "partyMembers",
        get = "One member in development (发展党员) by id",
        list = "Members in development, filtered, sorted (e.g. \"-appliedOn\", the default) and paged (pages count"
                + " from 0)",
        create = "Records an application for membership: the APPLICANT step, on appliedOn",
        update = "Changes a member's details (not the steps)",
        delete = "Deletes a member with no honours; returns the id",
        history = "The member's steps and changes, oldest first: for party-affairs and leaders only")
public class PartyMemberGraphQL extends PartyMemberGraphQLRecords {

    /** Why a withheld personal field is refused. */
    private static final UnaryOperator<String> WITHHELD = field -> "A member's " + field
            + " is personal data: only the 'party-affairs' department and leaders may read it.";

    @Mutation
    @Description("Takes the member's next step on a day; an illegal step is refused (CONFLICT) with the reason")
    public PartyMemberView takePartyMemberStep(@Id @NonNull String id, @NonNull MemberStepInput input) {
        return service.takeStep(Ids.parse(id, "id"), input);
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
}
