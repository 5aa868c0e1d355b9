package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.devzone.commons.zone.Park;
import io.devzone.land.domain.StepStatus;

/** The land department's section of the work summary for a period: every figure counted from records. */
@Type("LandSummary")
@Description("征地拆迁 for a period: every figure is computed from the records")
public record LandSummary(
        @NonNull LocalDate from,
        @NonNull LocalDate to,
        @Description("Mu acquired in the period (acquisitions dated in it)") @NonNull BigDecimal acquiredMu,
        @Description("Compensation of those acquisitions, in yuan") @NonNull BigDecimal acquisitionCompensationCny,
        @NonNull List<@NonNull ParkAcquired> acquiredByPark,
        @NonNull List<@NonNull ParcelAcquired> acquiredByParcel,
        @Description("Relocation contracts signed in the period (签订拆迁合同)") int relocationContractsSigned,
        @Description("Households resettled in the period") int householdsResettled,
        @Description("Land-use cases handled (approved) in the period (办理用地)") int landUseCasesHandled,
        @Description("Disputes raised by the end of the period and not resolved by then") int openDisputes,
        @Description("Each park expansion application submitted by the end of the period, its steps as they stood then")
        @NonNull List<@NonNull ExpansionStatus> expansion,
        @Description("Land still available (可用地) in each park with a parcel recorded by the end of the period: the"
                + " area of its parcels planned for enterprises (industrial or logistics use) not yet supplied to a"
                + " project then, whether still planned, being acquired, acquired or levelled; roads, resettlement and"
                + " public-facility land is never offered to a project, and land no parcel records is not counted")
        @NonNull List<@NonNull ParkAvailable> availableByPark,
        @Description("The open difficulties the land department follows at the end of the period (存在的困难和问题),"
                + " grouped as the report groups them: each dispute raised by then and not resolved by then, and each"
                + " step of an expansion application the zone itself carries out (one with an owner) not decided by"
                + " then; disputes first, each group by the day it arose")
        @NonNull List<@NonNull Difficulty> difficulties) {

    @Type("LandParkAcquired")
    public record ParkAcquired(@NonNull Park park, @NonNull BigDecimal acquiredMu) {
    }

    @Type("LandParcelAcquired")
    public record ParcelAcquired(@Id @NonNull UUID parcelId, @NonNull String code, @NonNull String name,
            @NonNull Park park, @NonNull BigDecimal acquiredMu) {
    }

    @Type("LandParkAvailable")
    public record ParkAvailable(@NonNull Park park, @NonNull BigDecimal availableMu) {
    }

    /** Where the report files a difficulty (二): the groups land's records fall under. */
    @Enum("LandDifficultyGroup")
    public enum DifficultyGroup {
        /** 征地拆迁: a dispute over land being acquired */
        ACQUISITION_AND_RELOCATION,
        /** 发展空间: a step the zone must take for a park to grow */
        ROOM_TO_GROW
    }

    @Type("LandDifficulty")
    @Description("An open difficulty: the dispute (recordId a LandDispute) or the expansion step (recordId its"
            + " ExpansionApplication) it is, and what following it needs")
    public record Difficulty(@NonNull DifficultyGroup group, @Id @NonNull UUID recordId, @NonNull String subject,
            @Description("The day it arose: a dispute raised, an application submitted") @NonNull LocalDate since,
            String owner, LocalDate dueOn,
            @Description("Due before the end of the period and still open then") boolean overdue) {

        public Difficulty(DifficultyGroup group, UUID recordId, String subject, LocalDate since, String owner,
                LocalDate dueOn, LocalDate asOf) {
            this(group, recordId, subject, since, owner, dueOn, dueOn != null && dueOn.isBefore(asOf));
        }
    }

    @Type("ExpansionStatus")
    public record ExpansionStatus(@Id @NonNull UUID applicationId, @NonNull String title,
            @NonNull LocalDate submittedOn, @NonNull List<@NonNull StepState> steps) {
    }

    @Type("ExpansionStepState")
    public record StepState(@NonNull String name, @NonNull StepStatus status, LocalDate decidedOn) {
    }
}
