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

import jakarta.inject.Singleton;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.service.Records;
import io.devzone.party.domain.PartyActivity;
import io.devzone.party.domain.PartyActivityRepository;
import io.devzone.party.mapping.PartyActivityInput;
import io.devzone.party.mapping.PartyActivityView;

/** 活动: the activities the zone Party committee records. */
@Singleton
public class PartyActivityService
        extends RecordService<PartyActivity, PartyActivityView, PartyActivityInput, PartyActivityFilter> {

    private final PartyActivityRepository activities;

    PartyActivityService(PartyActivityRepository activities) {
        super(Records.of(activities, PartyActivityView::of)
                .namedBy(a -> a.title)
                .sortable("-heldOn", "type", "title", "organiser", "participantsCount"));
        this.activities = activities;
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

    @Override
    protected void checkRules(PartyActivityInput input) {
        if (input.enterpriseIds() != null && input.enterpriseIds().stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("enterpriseIds", "must not contain null");
        }
    }
}
