package io.devzone.party.mapping;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.party.domain.ActivityType;
import io.devzone.party.domain.HonourKind;
import io.devzone.party.domain.MemberCategory;

/** The Party-building section of the work summary (党建工作) for a period, every figure counted from the records. */
@Name("PartyAffairsSummary")
@Description("The Party-building figures for a period (both days inclusive), counted from the records")
public record PartyAffairsSummary(
        @NonNull LocalDate from,
        @NonNull LocalDate to,
        @Description("Members developed: admitted as probationary members (预备党员) in the period")
        int membersDeveloped,
        @Description("Members developed, by category; every category, zero included")
        @NonNull List<@NonNull MembersByCategory> membersDevelopedByCategory,
        @Description("Activities held in the period") int activitiesHeld,
        @Description("Activities held, by type; every type, zero included")
        @NonNull List<@NonNull ActivitiesByType> activitiesByType,
        @Description("Democratic life meetings (民主生活会) held in the period") int democraticLifeMeetingsHeld,
        @Description("Honours awarded in the period") int honoursAwarded,
        @Description("Honours awarded, by kind; every kind, zero included")
        @NonNull List<@NonNull HonoursByKind> honoursByKind) {

    @Name("MembersByCategory")
    public record MembersByCategory(@NonNull MemberCategory category, int count) {
    }

    @Name("ActivitiesByType")
    public record ActivitiesByType(@NonNull ActivityType type, int count) {
    }

    @Name("HonoursByKind")
    public record HonoursByKind(@NonNull HonourKind kind, int count) {
    }
}
