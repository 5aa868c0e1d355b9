package io.devzone.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordRestProcessorTest {

    @Test
    void writesTheListWithTheFilterOfTheServiceAndEachEndpointHandingItsParametersOn() {
        Processing.Result result = Processing.run(new RecordRestProcessor(), """
                package app.rest;
                @io.devzone.codegen.RecordRest(service = app.service.ThingService.class, history = true, endpoints = {
                        @io.devzone.codegen.Endpoint(post = "moves", calls = "move"),
                        @io.devzone.codegen.Endpoint(get = "moves", calls = "moves"),
                        @io.devzone.codegen.Endpoint(get = "figure", calls = "figure")})
                class ThingResource {}
                """);

        assertEquals(List.of(), result.errors());
        String source = result.generated().get("app.rest.ThingResourceRecords");
        Processing.assertContains(source,
                "@Produces(MediaType.APPLICATION_JSON)\n@Consumes(MediaType.APPLICATION_JSON)\n"
                        + "public abstract class ThingResourceRecords extends TrackedRecordResource<"
                        + "app.service.ThingService, app.mapping.ThingView, app.mapping.ThingInput> {",
                "    @GET\n    public Page<app.mapping.ThingView> list(@BeanParam app.service.ThingFilter filter,"
                        + " @BeanParam PageParams page) {\n        return service.list(filter, page.toRequest());",
                "    @POST\n    @Path(\"{id}/moves\")\n    public app.mapping.ThingView move(java.util.UUID id,"
                        + " app.mapping.MoveInput input) {\n        return service.move(id, input);",
                "    @GET\n    @Path(\"{id}/moves\")\n    public java.util.List<app.mapping.MoveView> moves(java.util.UUID"
                        + " id) {\n        return service.moves(id);",
                "    @GET\n    @Path(\"{id}/figure\")\n    public app.mapping.Figure figure(java.util.UUID id,"
                        + " @QueryParam(\"to\") java.lang.String to, @QueryParam(\"of\") java.lang.Integer of) {\n"
                        + "        return service.figure(id, to, of);");
    }

    @Test
    void takesTheBaseOfARecordWithoutHistoryOrMadeThroughAnother() {
        Processing.Result plain = Processing.run(new RecordRestProcessor(), """
                package app.rest;
                @io.devzone.codegen.RecordRest(service = app.service.ThingService.class)
                class ThingResource {}
                """);
        Processing.Result dependent = Processing.run(new RecordRestProcessor(), """
                package app.rest;
                @io.devzone.codegen.RecordRest(service = app.service.OpenIssueService.class, creatable = false)
                class OpenIssueResource {}
                """);

        assertEquals(List.of(), plain.errors());
        Processing.assertContains(plain.generated().get("app.rest.ThingResourceRecords"),
                "extends RecordResource<app.service.ThingService, app.mapping.ThingView, app.mapping.ThingInput> {");
        assertFalse(plain.generated().get("app.rest.ThingResourceRecords").contains("@Path"));
        assertEquals(List.of(), dependent.errors());
        Processing.assertContains(dependent.generated().get("app.rest.OpenIssueResourceRecords"),
                "extends DependentRecordResource<app.service.OpenIssueService, app.mapping.OpenIssueView,"
                        + " app.mapping.OpenIssueInput> {");
    }

    @Test
    void refusesAnEndpointTheServiceCannotAnswerOrThatSaysNoMethod() {
        assertRefused("@io.devzone.codegen.Endpoint(post = \"jumps\", calls = \"jump\")",
                "@RecordRest: ThingService has 0 methods jump(UUID id, ...), the endpoint needs one");
        assertRefused("@io.devzone.codegen.Endpoint(get = \"twice\", calls = \"twice\")",
                "@RecordRest: ThingService has 2 methods twice(UUID id, ...), the endpoint needs one");
        assertRefused("@io.devzone.codegen.Endpoint(calls = \"move\")",
                "@RecordRest: the endpoint calling move needs either get or post, not both");
        assertRefused("@io.devzone.codegen.Endpoint(post = \"merges\", calls = \"merge\")",
                "@RecordRest: merge takes more than the id and one body");
    }

    @Test
    void refusesAServiceThatKeepsNoRecordsAndAHistoryOfADependentRecord() {
        Processing.Result notRecords = Processing.run(new RecordRestProcessor(), """
                package app.rest;
                @io.devzone.codegen.RecordRest(service = String.class)
                class ThingResource {}
                """);
        Processing.Result dependentHistory = Processing.run(new RecordRestProcessor(), """
                package app.rest;
                @io.devzone.codegen.RecordRest(service = app.service.ThingService.class, creatable = false,
                        history = true)
                class ThingResource {}
                """);

        assertEquals(List.of("@RecordRest: java.lang.String does not extend io.devzone.commons.record.RecordService"),
                notRecords.errors());
        assertEquals(List.of("@RecordRest: a record made through another's resource keeps no history of its own here"),
                dependentHistory.errors());
        assertEquals(Map.of(), notRecords.generated());
        assertEquals(Map.of(), dependentHistory.generated());
    }

    private static void assertRefused(String endpoints, String error) {
        Processing.Result result = Processing.run(new RecordRestProcessor(), """
                package app.rest;
                @io.devzone.codegen.RecordRest(service = app.service.ThingService.class, endpoints = { %s })
                class ThingResource {}
                """.formatted(endpoints));

        assertEquals(List.of(error), result.errors());
        assertEquals(Map.of(), result.generated());
    }
}
