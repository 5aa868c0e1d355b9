package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
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
        @NonNull List<@NonNull ExpansionStatus> expansion) {

    @Type("LandParkAcquired")
    public record ParkAcquired(@NonNull Park park, @NonNull BigDecimal acquiredMu) {
    }

    @Type("LandParcelAcquired")
    public record ParcelAcquired(@Id @NonNull UUID parcelId, @NonNull String code, @NonNull String name,
            @NonNull Park park, @NonNull BigDecimal acquiredMu) {
    }

    @Type("ExpansionStatus")
    public record ExpansionStatus(@Id @NonNull UUID applicationId, @NonNull String title,
            @NonNull LocalDate submittedOn, @NonNull List<@NonNull StepState> steps) {
    }

    @Type("ExpansionStepState")
    public record StepState(@NonNull String name, @NonNull StepStatus status, LocalDate decidedOn) {
    }
}
