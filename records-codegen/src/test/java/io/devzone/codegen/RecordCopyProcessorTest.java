package io.devzone.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecordCopyProcessorTest {

    /** An entity with a field for each rule, one the aggregate sets itself and one no input names. */
    private static final String ENTITY = """
            class Thing {
                static int count;
                public Integer version;
                public String name;
                public String note;
                public java.math.BigDecimal budgetCny;
                public java.time.LocalDate heldOn;
                public java.util.Set<java.util.UUID> projectIds = new java.util.LinkedHashSet<>();
                public String status;
                public java.time.Instant closedAt;
            }
            """;

    /** The processor run on an input declared in the entity's package. */
    private static Processing.Result copy(String input) {
        return Processing.run(new RecordCopyProcessor(), "app.mapping.ThingInput", "package app.mapping;\n" + input
                + ENTITY);
    }

    /** The copy written for an input the processor accepts. */
    private static String copied(String input) {
        Processing.Result result = copy(input);
        assertEquals(List.of(), result.errors());
        return result.generated().get("app.mapping.ThingInputCopy");
    }

    @Test
    void copiesEachComponentOntoTheFieldOfItsNameByTheHouseRules() {
        String source = copied("""
                @io.devzone.codegen.RecordCopy(to = Thing.class, except = "status")
                record ThingInput(@jakarta.validation.constraints.NotBlank String name, String note,
                        java.math.BigDecimal budgetCny, java.time.LocalDate heldOn,
                        java.util.List<java.util.UUID> projectIds, String status, Integer version)
                        implements ThingInputCopy {}
                """);

        Processing.assertContains(source,
                "public sealed interface ThingInputCopy extends io.devzone.commons.record.InputCopy<app.mapping.Thing>"
                        + " permits ThingInput {",
                "    default void copyTo(app.mapping.Thing record) {\n        ThingInput input = (ThingInput) this;\n"
                        + "        record.name = input.name().strip();\n"
                        + "        record.note = io.devzone.commons.input.Texts.orNull(input.note());\n"
                        + "        record.budgetCny = io.devzone.commons.money.Money.of(input.budgetCny());\n"
                        + "        record.heldOn = input.heldOn();\n"
                        + "        record.projectIds.retainAll(input.projectIds() == null ? java.util.Set.of()"
                        + " : input.projectIds());\n"
                        + "        if (input.projectIds() != null) {\n"
                        + "            record.projectIds.addAll(input.projectIds());\n"
                        + "        }\n    }\n}");
        assertFalse(source.contains("status"), source);
        assertFalse(source.contains("version"), source);
    }

    @Test
    void refusesAComponentTheEntityHasNoFieldForAndAnExceptionThatIsNoComponent() {
        Processing.Result unknown = copy("""
                @io.devzone.codegen.RecordCopy(to = Thing.class)
                record ThingInput(String name, String title) implements ThingInputCopy {}
                """);
        Processing.Result noSuchException = copy("""
                @io.devzone.codegen.RecordCopy(to = Thing.class, except = "state")
                record ThingInput(String name) implements ThingInputCopy {}
                """);
        Processing.Result noRecord = copy("""
                @io.devzone.codegen.RecordCopy(to = Thing.class)
                class ThingInput {}
                """);

        assertEquals(List.of("@RecordCopy: Thing has no field title; name it in except and set it in the service's"
                + " apply"), unknown.errors());
        assertEquals(List.of("@RecordCopy: ThingInput has no component state to except"), noSuchException.errors());
        assertEquals(List.of("@RecordCopy: ThingInput is no record"), noRecord.errors());
        assertEquals(List.of(), List.copyOf(unknown.generated().keySet()));
    }
}
