package io.devzone.investment.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.Enterprise;
import io.devzone.investment.domain.IndustryChain;

@Input("EnterpriseInput")
@Description("An enterprise as the investment department records it. `version` is required to update.")
@RecordCopy(to = Enterprise.class)
public record EnterpriseInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull Park park,
        @NotNull IndustryChain industryChain,
        @Description("工业企业 (利废企业 included); false when left out") @DefaultValue("false")
        boolean industrial,
        boolean aboveDesignatedSize,
        @PositiveOrZero Integer version) implements RecordInput, EnterpriseInputCopy {
}
