package io.devzone.party.service;

import static io.devzone.commons.service.Records.NameMatching.IGNORING_CASE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.service.Records;
import io.devzone.party.domain.OrganisationKind;
import io.devzone.party.domain.PartyHonourRepository;
import io.devzone.party.domain.PartyMemberRepository;
import io.devzone.party.domain.PartyOrganisation;
import io.devzone.party.domain.PartyOrganisationRepository;
import io.devzone.party.mapping.PartyOrganisationInput;
import io.devzone.party.mapping.PartyOrganisationView;

/** 党组织: the zone Party committee and the branches below it, as a tree. */
@Singleton
public class PartyOrganisationService extends
        RecordService<PartyOrganisation, PartyOrganisationView, PartyOrganisationInput, PartyOrganisationFilter> {

    private final PartyOrganisationRepository organisations;
    /** Only an organisation with nothing below it, no members in development and no honours goes. */
    PartyOrganisationService(PartyOrganisationRepository organisations, PartyMemberRepository members,
            PartyHonourRepository honours) {
        // the committee first, then the branches by name
        super(Records.of(organisations, PartyOrganisationView::of)
                .namedUniquely("a Party organisation", "name", o -> o.name, IGNORING_CASE)
                .sortable("kind,name", "establishedOn")
                .inUseBy(organisations, "parentId",
                        o -> "'" + o.name + "' still has organisations below it: move or delete them first.")
                .inUseBy(members, "organisationId",
                        o -> "'" + o.name + "' still develops members: move them to another organisation first.")
                .inUseBy(honours, "organisationId", o -> "'" + o.name + "' has received honours: delete them first."));
        this.organisations = organisations;
    }

    /** The branch in each of these enterprises, in one query; an enterprise without one is absent. */
    @ReadAccess
    public Map<UUID, PartyOrganisationView> byEnterprises(Collection<UUID> enterpriseIds) {
        Map<UUID, PartyOrganisationView> byEnterprise = new LinkedHashMap<>();
        Set<UUID> wanted = new HashSet<>(enterpriseIds);
        wanted.remove(null);
        if (!wanted.isEmpty()) {
            organisations.inEnterprises(wanted)
                    .forEach(branch -> byEnterprise.put(branch.enterpriseId, PartyOrganisationView.of(branch)));
        }
        return byEnterprise;
    }

    /** The organisations directly below each of these, by name, in one query; one with none is absent. */
    @ReadAccess
    public Map<UUID, List<PartyOrganisationView>> below(Collection<UUID> parentIds) {
        Map<UUID, List<PartyOrganisationView>> byParent = new LinkedHashMap<>();
        Set<UUID> wanted = new HashSet<>(parentIds);
        wanted.remove(null);
        if (!wanted.isEmpty()) {
            organisations.below(wanted).forEach(child -> byParent
                    .computeIfAbsent(child.parentId, id -> new ArrayList<>()).add(PartyOrganisationView.of(child)));
        }
        return byParent;
    }

    @Override
    protected void apply(PartyOrganisationInput input, PartyOrganisation organisation) {
        if (input.kind() == OrganisationKind.ZONE_PARTY_COMMITTEE) {
            if (input.parentId() != null) {
                throw new InvalidInputException("parentId", "must be empty: the zone Party committee is the root");
            }
            if (input.enterpriseId() != null) {
                throw new InvalidInputException("enterpriseId", "must be empty: the zone Party committee is in no"
                        + " enterprise");
            }
            organisations.find("kind", OrganisationKind.ZONE_PARTY_COMMITTEE).firstResultOptional()
                    .filter(root -> !root.id.equals(organisation.id))
                    .ifPresent(root -> {
                        throw new ConflictException("There is one zone Party committee and it exists already: '"
                                + root.name + "'. Record this organisation as a BRANCH below it.");
                    });
        } else {
            if (input.parentId() == null) {
                throw new InvalidInputException("parentId", "is required: a branch hangs below the zone Party"
                        + " committee or another organisation");
            }
            checkParent(organisation.id, input.parentId());
        }
        if (input.enterpriseId() != null) {
            records.another(organisation, "enterpriseId = ?1", input.enterpriseId()).ifPresent(other -> {
                throw new ConflictException("Enterprise " + input.enterpriseId() + " already has its"
                        + " Party branch: '" + other.name + "'.");
            });
        }
        super.apply(input, organisation);
    }

    /** The parent must exist, and must not be the organisation itself or below it (the tree has no cycles). */
    private void checkParent(UUID self, UUID parentId) {
        UUID current = parentId;
        Set<UUID> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            if (current.equals(self)) {
                throw new ConflictException("An organisation cannot be placed below itself or one of its own"
                        + " branches.");
            }
            PartyOrganisation above = organisations.findById(current);
            if (above == null) {
                throw new InvalidInputException("parentId", "names no Party organisation: " + parentId);
            }
            current = above.parentId;
        }
    }
}
