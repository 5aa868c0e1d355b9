package io.devzone.land.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.ResettlementArea;

@Input("ResettlementAreaInput")
@Description("A resettlement area (安置区); the name is unique. `version` is required to update.")
@RecordCopy(to = ResettlementArea.class)
public record ResettlementAreaInput(
        @NotBlank @Size(max = 100) String name,
        @NotNull Park park,
        @Description("Its works: roads, transformer, water mains, …") @Size(max = 1000) String description,
        @PositiveOrZero Integer version) implements RecordInput, ResettlementAreaInputCopy {
}
