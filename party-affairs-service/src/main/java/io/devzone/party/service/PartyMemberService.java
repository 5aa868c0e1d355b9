package io.devzone.party.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.AccessDeniedException;
import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.party.domain.MemberStage;
import io.devzone.party.domain.PartyHonourRepository;
import io.devzone.party.domain.PartyMember;
import io.devzone.party.domain.PartyMemberRepository;
import io.devzone.party.domain.PartyOrganisationRepository;
import io.devzone.party.mapping.MemberStepInput;
import io.devzone.party.mapping.PartyMemberInput;
import io.devzone.party.mapping.PartyMemberView;

/**
 * 发展党员: member development, APPLICANT → ACTIVIST → DEVELOPMENT_TARGET → PROBATIONARY → FULL, each step dated,
 * none skipped, and FULL no earlier than one year after admission as probationary. Personal data is shown to the
 * party-affairs department and leaders only; every step is kept in the change history.
 */
@ApplicationScoped
public class PartyMemberService {

    static final String TYPE = "PartyMember";
    private static final String DEFAULT_SORT = "-appliedOn";
    private static final Map<String, String> SORTABLE = Map.of(
            "stage", "stage", "category", "category", "appliedOn", "appliedOn",
            "probationaryOn", "probationaryOn", "fullOn", "fullOn", "createdAt", "createdAt");
    /** Every sortable field, name included, as sorted in memory (enums by name, as the database holds them). */
    @SuppressWarnings("rawtypes")
    private static final Map<String, Function<PartyMember, Comparable>> SORTABLE_IN_MEMORY = Map.of(
            "name", m -> m.name, "stage", m -> m.stage.name(), "category", m -> m.category.name(),
            "appliedOn", m -> m.appliedOn, "probationaryOn", m -> m.probationaryOn, "fullOn", m -> m.fullOn,
            "createdAt", m -> m.createdAt);

    private final PartyMemberRepository members;
    private final Records<PartyMember, PartyMemberView> records;
    private final PartyOrganisationRepository organisations;
    private final PartyHonourRepository honours;
    private final ChangeHistory history;
    private final AccessGuard guard;
    private final InputValidator validator;

    PartyMemberService(PartyMemberRepository members, PartyOrganisationRepository organisations,
            PartyHonourRepository honours, ChangeHistory history, AccessGuard guard, InputValidator validator) {
        this.members = members;
        this.organisations = organisations;
        this.honours = honours;
        this.history = history;
        this.guard = guard;
        this.validator = validator;
        // what the caller may see: personal data for the department and leaders only
        this.records = Records.of(members, TYPE, member -> PartyMemberView.of(member, guard.isOwnDepartmentOrLeader()),
                guard, history)
                .tracking("stage", member -> member.stage)
                .tracking("appliedOn", member -> member.appliedOn)
                .tracking("activistOn", member -> member.activistOn)
                .tracking("developmentTargetOn", member -> member.developmentTargetOn)
                .tracking("probationaryOn", member -> member.probationaryOn)
                .tracking("fullOn", member -> member.fullOn);
    }

    @ReadAccess
    public Page<PartyMemberView> list(PartyMemberFilter filter, PageRequest page) {
        PartyMemberFilter criteria = filter == null ? new PartyMemberFilter() : filter;
        boolean personal = guard.isOwnDepartmentOrLeader();
        if (!personal && criteria.byName()) {
            throw new AccessDeniedException("Members' names are personal data: only the 'party-affairs'"
                    + " department and leaders may search by name.");
        }
        if (!personal && page.sort() != null && page.sort().contains("name")) {
            throw new AccessDeniedException("Members' names are personal data: only the 'party-affairs'"
                    + " department and leaders may sort by name.");
        }
        var where = criteria.where();
        if (criteria.byName() || page.sort() != null && page.sort().contains("name")) {
            // names are stored encrypted: SQL can neither match part of one nor order by it, so the members the
            // other criteria select are matched and ordered here (a zone's members number in the hundreds)
            List<PartyMember> selected = members.list(where.query(), where.parameters()).stream()
                    .filter(member -> criteria.matchesName(member.name))
                    .sorted(page.toComparator(SORTABLE_IN_MEMORY, DEFAULT_SORT, member -> member.id))
                    .toList();
            return records.page(selected, page);
        }
        return records.page(where.query(), where.parameters(), page, SORTABLE, DEFAULT_SORT);
    }

    @ReadAccess
    public PartyMemberView get(UUID id) {
        return records.view(id);
    }

    /** The members with these ids, in the same order; null where none exists (or the id is null). */
    @ReadAccess
    public List<PartyMemberView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    /** Every step and change of the member, oldest first: for the party-affairs department and leaders only. */
    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    @WriteAccess
    @Transactional
    public PartyMemberView create(PartyMemberInput input) {
        validator.check(input, "partyMember");
        if (input.appliedOn() == null) {
            throw new InvalidInputException("appliedOn", "is required: the day the person applied (入党申请)");
        }
        checkNotFuture("appliedOn", input.appliedOn());
        PartyMember member = new PartyMember();
        apply(input, member);
        member.take(MemberStage.APPLICANT, input.appliedOn());
        records.create(member);
        return PartyMemberView.of(member, true);
    }

    @WriteAccess
    @Transactional
    public PartyMemberView update(UUID id, PartyMemberInput input) {
        validator.check(input, "partyMember");
        PartyMember member = records.update(id, input.version(), changed -> {
            // recorded when changed, not as first values: kept out of the tracked fields
            history.record(TYPE, id, "category", changed.category, input.category());
            history.record(TYPE, id, "organisationId", changed.organisationId, input.organisationId());
            apply(input, changed);
        });
        return PartyMemberView.of(member, true);
    }

    /** Takes the member's next development step on the given day, or says why it cannot be taken. */
    @WriteAccess
    @Transactional
    public PartyMemberView takeStep(UUID id, MemberStepInput input) {
        validator.check(input, "step");
        checkNotFuture("on", input.on());
        PartyMember member = records.update(id, input.version(), changed -> checkAndTake(changed, input));
        return PartyMemberView.of(member, true);
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        PartyMember member = find(id);
        if (honours.count("memberId", id) > 0) {
            throw new ConflictException(TYPE + " " + id + " has received honours: delete them first.");
        }
        members.delete(member);
    }

    /** The step is the next one, on a day in order with the last (and FULL a year after PROBATIONARY): taken. */
    private static void checkAndTake(PartyMember member, MemberStepInput input) {
        MemberStage current = member.stage;
        MemberStage step = input.step();
        LocalDate since = member.dateOf(current);
        if (!current.canMoveTo(step)) {
            String next = current.next().isEmpty() ? "FULL is the last step." : "the next step is "
                    + current.next().iterator().next() + ".";
            throw new ConflictException(step.compareTo(current) <= 0
                    ? "The member reached " + current + " on " + since + " already; " + next
                    : step + " cannot follow " + current + ": no step may be skipped; " + next);
        }
        if (input.on().isBefore(since)) {
            throw new ConflictException(step + " on " + input.on() + " cannot come before the " + current
                    + " step on " + since + ".");
        }
        if (step == MemberStage.FULL) {
            LocalDate earliest = member.probationaryOn.plusYears(1);
            if (input.on().isBefore(earliest)) {
                throw new ConflictException("FULL membership is possible from " + earliest + ", one year after"
                        + " admission as probationary on " + member.probationaryOn + ".");
            }
        }
        member.take(step, input.on());
    }

    private void apply(PartyMemberInput input, PartyMember member) {
        if (organisations.findById(input.organisationId()) == null) {
            throw new InvalidInputException("organisationId", "names no Party organisation: "
                    + input.organisationId());
        }
        member.name = input.name().strip();
        member.identityNumber = blankToNull(input.identityNumber());
        member.phone = blankToNull(input.phone());
        member.category = input.category();
        member.organisationId = input.organisationId();
        member.enterpriseId = input.enterpriseId();
    }

    private static void checkNotFuture(String field, LocalDate day) {
        if (day.isAfter(LocalDate.now())) {
            throw new InvalidInputException(field, "must not be in the future: a step is recorded once taken");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    PartyMember find(UUID id) {
        return records.find(id);
    }
}
