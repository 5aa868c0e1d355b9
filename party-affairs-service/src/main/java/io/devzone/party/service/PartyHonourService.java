package io.devzone.party.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.party.domain.PartyHonour;
import io.devzone.party.domain.PartyHonourRepository;
import io.devzone.party.domain.PartyMember;
import io.devzone.party.domain.PartyMemberRepository;
import io.devzone.party.domain.PartyOrganisationRepository;
import io.devzone.party.mapping.PartyHonourInput;
import io.devzone.party.mapping.PartyHonourView;

/** 表彰: honours awarded to Party organisations and to members. */
@ApplicationScoped
public class PartyHonourService {

    static final String TYPE = "PartyHonour";
    private static final Map<String, String> SORTABLE = Map.of(
            "awardedOn", "awardedOn", "kind", "kind", "title", "title", "createdAt", "createdAt");

    private final PartyHonourRepository honours;
    private final Records<PartyHonour, PartyHonourView> records;
    private final PartyMemberRepository members;
    private final PartyOrganisationRepository organisations;
    private final InputValidator validator;

    PartyHonourService(PartyHonourRepository honours, PartyMemberRepository members,
            PartyOrganisationRepository organisations, InputValidator validator) {
        this.honours = honours;
        this.members = members;
        this.organisations = organisations;
        this.validator = validator;
        this.records = Records.of(honours, TYPE, PartyHonourView::of);
    }

    @ReadAccess
    public Page<PartyHonourView> list(PartyHonourFilter filter, PageRequest page) {
        var where = (filter == null ? new PartyHonourFilter() : filter).where();
        return records.page(where.query(), where.parameters(), page, SORTABLE, "-awardedOn");
    }

    @ReadAccess
    public PartyHonourView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<PartyHonourView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @WriteAccess
    @Transactional
    public PartyHonourView create(PartyHonourInput input) {
        validator.check(input, "partyHonour");
        PartyHonour honour = new PartyHonour();
        apply(input, honour);
        records.create(honour, TYPE + " '" + honour.title + "'");
        return PartyHonourView.of(honour);
    }

    @WriteAccess
    @Transactional
    public PartyHonourView update(UUID id, PartyHonourInput input) {
        validator.check(input, "partyHonour");
        PartyHonour honour = records.update(id, input.version(), changed -> apply(input, changed));
        return PartyHonourView.of(honour);
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    private void apply(PartyHonourInput input, PartyHonour honour) {
        if (input.kind().forOrganisation()) {
            if (input.memberId() != null) {
                throw new InvalidInputException("memberId", "must be empty: " + input.kind()
                        + " is awarded to an organisation");
            }
            if (input.organisationId() == null) {
                throw new InvalidInputException("organisationId", "is required: " + input.kind()
                        + " is awarded to an organisation");
            }
            if (organisations.findById(input.organisationId()) == null) {
                throw new InvalidInputException("organisationId", "names no Party organisation: "
                        + input.organisationId());
            }
        } else {
            if (input.organisationId() != null) {
                throw new InvalidInputException("organisationId", "must be empty: " + input.kind()
                        + " is awarded to a person");
            }
            if (input.memberId() == null) {
                throw new InvalidInputException("memberId", "is required: " + input.kind()
                        + " is awarded to a person");
            }
            PartyMember member = members.findById(input.memberId());
            if (member == null) {
                throw new InvalidInputException("memberId", "names no member: " + input.memberId());
            }
            if (member.probationaryOn == null || member.probationaryOn.isAfter(input.awardedOn())) {
                throw new ConflictException(input.kind() + " goes to a Party member: member " + member.id
                        + " was not one on " + input.awardedOn() + " (admitted as probationary: "
                        + (member.probationaryOn == null ? "not yet" : member.probationaryOn) + ").");
            }
        }
        honour.kind = input.kind();
        honour.awardedOn = input.awardedOn();
        honour.title = input.title().strip();
        honour.awardedBy = input.awardedBy() == null || input.awardedBy().isBlank() ? null
                : input.awardedBy().strip();
        honour.memberId = input.memberId();
        honour.organisationId = input.organisationId();
    }
}
