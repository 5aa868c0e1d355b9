package io.devzone.party.service;

import java.util.UUID;

import jakarta.inject.Singleton;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.party.domain.PartyHonour;
import io.devzone.party.domain.PartyHonourRepository;
import io.devzone.party.domain.PartyMember;
import io.devzone.party.domain.PartyOrganisation;
import io.devzone.party.mapping.PartyHonourInput;
import io.devzone.party.mapping.PartyHonourView;

/** 表彰: honours awarded to Party organisations and to members. */
@Singleton
public class PartyHonourService extends RecordService<PartyHonour, PartyHonourView, PartyHonourInput, PartyHonourFilter> {

    PartyHonourService(PartyHonourRepository honours) {
        super(Records.of(honours, PartyHonourView::of)
                .namedBy(h -> h.title)
                .sortable("-awardedOn", "kind", "title"));
    }

    /** An organisation's honour names the organisation, a person's a member who was one on the day. */
    @Override
    protected void checkRules(PartyHonourInput input) {
        if (input.kind().forOrganisation()) {
            checkRecipient(input, "organisationId", input.organisationId(), "memberId", input.memberId(),
                    "an organisation");
            referenced(PartyOrganisation.class, "organisationId", input.organisationId(),
                    "names no Party organisation: " + input.organisationId());
        } else {
            checkRecipient(input, "memberId", input.memberId(), "organisationId", input.organisationId(), "a person");
            PartyMember member = referenced(PartyMember.class, "memberId", input.memberId(),
                    "names no member: " + input.memberId());
            if (member.probationaryOn == null || member.probationaryOn.isAfter(input.awardedOn())) {
                throw new ConflictException(input.kind() + " goes to a Party member: member " + member.id
                        + " was not one on " + input.awardedOn() + " (admitted as probationary: "
                        + (member.probationaryOn == null ? "not yet" : member.probationaryOn) + ").");
            }
        }
    }

    /** The honour's recipient is named in its own field ({@code field}), the other one's left empty. */
    private static void checkRecipient(PartyHonourInput input, String field, UUID recipient, String otherField,
            UUID other, String awardedTo) {
        if (other != null) {
            throw new InvalidInputException(otherField, "must be empty: " + input.kind() + " is awarded to "
                    + awardedTo);
        }
        if (recipient == null) {
            throw new InvalidInputException(field, "is required: " + input.kind() + " is awarded to " + awardedTo);
        }
    }
}
