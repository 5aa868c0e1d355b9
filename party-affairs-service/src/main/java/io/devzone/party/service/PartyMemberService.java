package io.devzone.party.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.AccessDeniedException;
import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.pipeline.Pipeline;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.commons.time.ZoneClock;
import io.devzone.party.domain.MemberStage;
import io.devzone.party.domain.PartyHonourRepository;
import io.devzone.party.domain.PartyMember;
import io.devzone.party.domain.PartyMemberRepository;
import io.devzone.party.domain.PartyOrganisation;
import io.devzone.party.mapping.MemberStepInput;
import io.devzone.party.mapping.PartyMemberInput;
import io.devzone.party.mapping.PartyMemberView;

/**
 * 发展党员: member development, APPLICANT → ACTIVIST → DEVELOPMENT_TARGET → PROBATIONARY → FULL, each step dated,
 * none skipped, and FULL no earlier than one year after admission as probationary. Personal data is shown to the
 * party-affairs department and leaders only; every step is kept in the change history.
 */
@Singleton
public class PartyMemberService
        extends RecordService<PartyMember, PartyMemberView, PartyMemberInput, PartyMemberFilter> {

    private static final String DEFAULT_SORT = "-appliedOn";
    /** Every sortable field, name included, as sorted in memory (enums by name, as the database holds them). */
    @SuppressWarnings("rawtypes")
    private static final Map<String, Function<PartyMember, Comparable>> SORTABLE_IN_MEMORY = Map.of(
            "name", m -> m.name, "stage", m -> m.stage.name(), "category", m -> m.category.name(),
            "appliedOn", m -> m.appliedOn, "probationaryOn", m -> m.probationaryOn, "fullOn", m -> m.fullOn,
            "createdAt", m -> m.createdAt);

    private final PartyMemberRepository members;
    private final Pipeline<PartyMember, MemberStage> pipeline;

    /** Only a member with no honours goes. */
    PartyMemberService(PartyMemberRepository members, PartyHonourRepository honours, ZoneClock clock) {
        super(Records.withPersonalData(members, PartyMemberView::of)
                .sortable(DEFAULT_SORT, "stage", "category", "probationaryOn", "fullOn")
                .tracking("stage", member -> member.stage)
                .tracking("appliedOn", member -> member.appliedOn)
                .tracking("activistOn", member -> member.activistOn)
                .tracking("developmentTargetOn", member -> member.developmentTargetOn)
                .tracking("probationaryOn", member -> member.probationaryOn)
                .tracking("fullOn", member -> member.fullOn)
                // a change of category or organisation is kept, their first values are not
                .trackingChanges("category", member -> member.category)
                .trackingChanges("organisationId", member -> member.organisationId)
                .inUseBy(honours, "memberId",
                        member -> "PartyMember " + member.id + " has received honours: delete them first."));
        this.members = members;
        this.pipeline = new Pipeline<>(records, "A Party member", "step", clock, member -> member.stage,
                member -> member.dateOf(member.stage), PartyMemberService::take);
    }

    /**
     * As every list, but names are stored encrypted: SQL can neither match part of one nor order by it, so a search
     * or sort by name selects by the other criteria and matches and orders here (a zone's members number in the
     * hundreds). Searching or sorting by name is for those who read names.
     */
    @Override
    @ReadAccess
    public Page<PartyMemberView> list(PartyMemberFilter filter, PageRequest page) {
        PartyMemberFilter criteria = filter == null ? new PartyMemberFilter() : filter;
        boolean sortedByName = page.sort() != null && page.sort().contains("name");
        if (criteria.byName()) {
            checkReadsNames("search");
        }
        if (sortedByName) {
            checkReadsNames("sort");
        }
        if (!criteria.byName() && !sortedByName) {
            return super.list(criteria, page);
        }
        Criteria where = criteria.criteria();
        List<PartyMember> selected = members.list(where.query(), where.parameters()).stream()
                .filter(member -> criteria.matchesName(member.name))
                .sorted(page.toComparator(SORTABLE_IN_MEMORY, DEFAULT_SORT, member -> member.id))
                .toList();
        return records.page(selected, page);
    }

    /** Takes the member's next development step on the given day, or says why it cannot be taken. */
    @WriteAccess
    @Transactional
    public PartyMemberView takeStep(UUID id, MemberStepInput input) {
        return move(pipeline, id, input, "step", input.version(), input.step(), input.on());
    }

    @Override
    protected void checkRules(PartyMemberInput input) {
        referenced(PartyOrganisation.class, "organisationId", input.organisationId(),
                "names no Party organisation: " + input.organisationId());
    }

    /** An application: the APPLICANT step, on the day given (required: when the person applied, never to come). */
    @Override
    protected PartyMember newRecord(PartyMemberInput input) {
        if (input.appliedOn() == null) {
            throw new InvalidInputException("appliedOn", "is required: the day the person applied (入党申请)");
        }
        PartyMember member = new PartyMember();
        member.take(MemberStage.APPLICANT, pipeline.firstDay("appliedOn", input.appliedOn()));
        return member;
    }

    /** The member's details; the steps move only by {@link #takeStep}. */

    private void checkReadsNames(String action) {
        if (!guard.isOwnDepartmentOrLeader()) {
            throw new AccessDeniedException("Members' names are personal data: only the 'party-affairs'"
                    + " department and leaders may " + action + " by name.");
        }
    }

    /** A member's step, dated in its own field; FULL comes no earlier than a year after PROBATIONARY. */
    private static void take(PartyMember member, MemberStage from, MemberStage to, LocalDate on) {
        if (to == MemberStage.FULL && on.isBefore(member.probationaryOn.plusYears(1))) {
            throw new ConflictException("FULL membership is possible from " + member.probationaryOn.plusYears(1)
                    + ", one year after admission as probationary on " + member.probationaryOn + ".");
        }
        member.take(to, on);
    }
}
