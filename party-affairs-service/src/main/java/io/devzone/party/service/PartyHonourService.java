package io.devzone.party.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.input.Texts;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.party.domain.PartyHonour;
import io.devzone.party.domain.PartyHonourRepository;
import io.devzone.party.domain.PartyMember;
import io.devzone.party.domain.PartyMemberRepository;
import io.devzone.party.domain.PartyOrganisationRepository;
import io.devzone.party.mapping.PartyHonourInput;
import io.devzone.party.mapping.PartyHonourView;

/** 表彰: honours awarded to Party organisations and to members. */
@Singleton
public class PartyHonourService extends RecordService<PartyHonour, PartyHonourView, PartyHonourInput, PartyHonourFilter> {

    @Inject
    PartyMemberRepository members;
    @Inject
    PartyOrganisationRepository organisations;

    PartyHonourService(PartyHonourRepository honours) {
        super(Records.of(honours, "PartyHonour", PartyHonourView::of)
                .namedBy(h -> h.title)
                .sortable("-awardedOn", "awardedOn", "kind", "title", "createdAt"), PartyHonour::new);
    }

    /** An organisation's honour names the organisation, a person's a member who was one on the day. */
    @Override
    protected void check(PartyHonourInput input) {
        super.check(input);
        if (input.kind().forOrganisation()) {
            if (input.memberId() != null) {
                throw new InvalidInputException("memberId", "must be empty: " + input.kind()
                        + " is awarded to an organisation");
            }
            if (input.organisationId() == null) {
                throw new InvalidInputException("organisationId", "is required: " + input.kind()
                        + " is awarded to an organisation");
            }
            referenced(organisations, "organisationId", input.organisationId(),
                    "names no Party organisation: " + input.organisationId());
        } else {
            if (input.organisationId() != null) {
                throw new InvalidInputException("organisationId", "must be empty: " + input.kind()
                        + " is awarded to a person");
            }
            if (input.memberId() == null) {
                throw new InvalidInputException("memberId", "is required: " + input.kind()
                        + " is awarded to a person");
            }
            PartyMember member = referenced(members, "memberId", input.memberId(),
                    "names no member: " + input.memberId());
            if (member.probationaryOn == null || member.probationaryOn.isAfter(input.awardedOn())) {
                throw new ConflictException(input.kind() + " goes to a Party member: member " + member.id
                        + " was not one on " + input.awardedOn() + " (admitted as probationary: "
                        + (member.probationaryOn == null ? "not yet" : member.probationaryOn) + ").");
            }
        }
    }

    @Override
    protected void apply(PartyHonourInput input, PartyHonour honour) {
        honour.kind = input.kind();
        honour.awardedOn = input.awardedOn();
        honour.title = input.title().strip();
        honour.awardedBy = Texts.orNull(input.awardedBy());
        honour.memberId = input.memberId();
        honour.organisationId = input.organisationId();
    }
}
