package io.devzone.party.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.party.domain.PartyActivity;
import io.devzone.party.domain.PartyActivityRepository;
import io.devzone.party.mapping.PartyActivityInput;
import io.devzone.party.mapping.PartyActivityView;

/** 活动: the activities the zone Party committee records. */
@ApplicationScoped
public class PartyActivityService {

    static final String TYPE = "PartyActivity";
    private static final Map<String, String> SORTABLE = Map.of(
            "heldOn", "heldOn", "type", "type", "title", "title", "organiser", "organiser",
            "participantsCount", "participantsCount", "createdAt", "createdAt");

    private final PartyActivityRepository activities;
    private final Records<PartyActivity, PartyActivityView> records;
    private final InputValidator validator;

    PartyActivityService(PartyActivityRepository activities, InputValidator validator) {
        this.activities = activities;
        this.validator = validator;
        this.records = Records.of(activities, TYPE, PartyActivityView::of);
    }

    @ReadAccess
    public Page<PartyActivityView> list(PartyActivityFilter filter, PageRequest page) {
        var where = (filter == null ? new PartyActivityFilter() : filter).where();
        return records.page(where.query(), where.parameters(), page, SORTABLE, "-heldOn");
    }

    @ReadAccess
    public PartyActivityView get(UUID id) {
        return records.view(id);
    }

    /** The activities with these ids, in the same order; null where none exists (or the id is null). */
    @ReadAccess
    public List<PartyActivityView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    /**
     * Each enterprise's activities, most recent first, for resolving {@code Enterprise.partyActivities}
     * in one query; an enterprise with none is absent.
     */
    @ReadAccess
    public Map<UUID, List<PartyActivityView>> byEnterprises(Collection<UUID> enterpriseIds) {
        Map<UUID, List<PartyActivityView>> byEnterprise = new LinkedHashMap<>();
        if (enterpriseIds.isEmpty()) {
            return byEnterprise;
        }
        Set<UUID> wanted = new HashSet<>(enterpriseIds);
        for (PartyActivity activity : activities.involvingAny(wanted)) {
            PartyActivityView view = PartyActivityView.of(activity);
            for (UUID enterpriseId : activity.enterpriseIds) {
                if (wanted.contains(enterpriseId)) {
                    byEnterprise.computeIfAbsent(enterpriseId, id -> new ArrayList<>()).add(view);
                }
            }
        }
        return byEnterprise;
    }

    @WriteAccess
    @Transactional
    public PartyActivityView create(PartyActivityInput input) {
        validator.check(input, "partyActivity");
        PartyActivity activity = new PartyActivity();
        apply(input, activity);
        records.create(activity, TYPE + " '" + input.title() + "'");
        return PartyActivityView.of(activity);
    }

    @WriteAccess
    @Transactional
    public PartyActivityView update(UUID id, PartyActivityInput input) {
        validator.check(input, "partyActivity");
        PartyActivity activity = records.update(id, input.version(), changed -> apply(input, changed));
        return PartyActivityView.of(activity);
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    private static void apply(PartyActivityInput input, PartyActivity activity) {
        Set<UUID> enterpriseIds = input.enterpriseIds() == null ? Set.of() : input.enterpriseIds();
        if (enterpriseIds.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("enterpriseIds", "must not contain null");
        }
        activity.type = input.type();
        activity.heldOn = input.heldOn();
        activity.title = input.title().strip();
        activity.organiser = input.organiser().strip();
        activity.participantsCount = input.participantsCount();
        activity.summary = input.summary() == null || input.summary().isBlank() ? null : input.summary().strip();
        // changed in place, so that an unchanged set is no change at all
        activity.enterpriseIds.retainAll(enterpriseIds);
        activity.enterpriseIds.addAll(enterpriseIds);
    }
}
