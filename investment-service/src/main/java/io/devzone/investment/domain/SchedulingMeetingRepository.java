package io.devzone.investment.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SchedulingMeetingRepository implements PanacheRepositoryBase<SchedulingMeeting, UUID> {

    public long countReviewing(UUID projectId) {
        return count("?1 member of investmentProjectIds", projectId);
    }
}
