package io.devzone.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The processor run by the compiler on a declaration (annotation processing only: the generated class refers to
 * SmallRye and commons, which this module does not have; the services' API snapshots prove it compiles and serves).
 */
class RecordGraphQLProcessorTest {

    @Test
    void writesEveryStandardOperationWithTheTypesOfTheServiceAndTheDescriptionsGiven() {
        Processing.Result result = Processing.run(new RecordGraphQLProcessor(), """
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = app.service.ThingService.class, plural = "things",
                        get = "One thing (东西) by id", list = "Things, sorted (e.g. \\"-name\\")",
                        update = "Changes a thing", delete = "Deletes a thing; returns its id",
                        history = "Who changed it when",
                        references = @io.devzone.codegen.Reference(field = "issue", id = "issueId",
                                service = app.service.OpenIssueService.class, description = "The issue it is about"))
                class ThingGraphQL {}
                """);

        assertEquals(List.of(), result.errors());
        String source = result.generated().get("app.graphql.ThingGraphQLRecords");
        Processing.assertContains(source,
                "public abstract class ThingGraphQLRecords {",
                "protected app.service.ThingService service;",
                "@Description(\"One thing (\\u4e1c\\u897f) by id\")\n"
                        + "    public app.mapping.ThingView thing(@Id @NonNull String id) {",
                "@Description(\"Things, sorted (e.g. \\\"-name\\\")\")\n"
                        + "    public Page<app.mapping.ThingView> things(app.service.ThingFilter filter, Integer page,"
                        + " Integer size, String sort) {",
                "@Mutation\n    public app.mapping.ThingView createThing(@NonNull app.mapping.ThingInput"
                        + " input) {",
                "@Description(\"Changes a thing\")\n    public app.mapping.ThingView updateThing(",
                "@Id\n    public UUID deleteThing(@Id @NonNull String id) {",
                "@Resolver",
                "public List<app.mapping.ThingView> thingsById(List<String> id) {",
                "@Description(\"Who changed it when\")\n    @Nullable",
                "public List<List<@NonNull ChangeView>> history(@Source List<app.mapping.ThingView>"
                        + " records) {",
                "@Inject\n    app.service.OpenIssueService issueService;",
                "@Description(\"The issue it is about\")\n"
                        + "    public List<app.mapping.OpenIssueView> issue(@Source List<app.mapping.ThingView>"
                        + " records) {\n"
                        + "        return RecordFields.referenced(records, app.mapping.ThingView::issueId,"
                        + " issueService::getAll);");
    }

    @Test
    void leavesOutTheCreateOfADependentRecordAndTheHistoryNotDescribed() {
        Processing.Result result = Processing.run(new RecordGraphQLProcessor(), """
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = app.service.ThingService.class, plural = "things",
                        get = "One", list = "Many", creatable = false, delete = "Deletes")
                class ThingGraphQL {}
                """);

        assertEquals(List.of(), result.errors());
        String source = result.generated().get("app.graphql.ThingGraphQLRecords");
        assertFalse(source.contains("createThing"), source);
        assertFalse(source.contains("history"), source);
        Processing.assertContains(source,
                "public app.mapping.ThingView updateThing(");
    }

    @Test
    void describesTheGetTheListAndTheDeleteNotDescribedInTheRecordsWords() {
        Processing.Result result = Processing.run(new RecordGraphQLProcessor(), """
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = app.service.OpenIssueService.class, plural = "openIssues",
                        sortedLike = "-raisedOn")
                class OpenIssueGraphQL {}
                """);

        assertEquals(List.of(), result.errors());
        String source = result.generated().get("app.graphql.OpenIssueGraphQLRecords");
        Processing.assertContains(source,
                "@Description(\"One open issue by id\")\n"
                        + "    public app.mapping.OpenIssueView openIssue(@Id @NonNull String id) {",
                "@Description(\"Open issues, filtered, sorted (e.g. \\\"-raisedOn\\\") and paged (pages count from 0)\")\n"
                        + "    public Page<app.mapping.OpenIssueView> openIssues(",
                "@Description(\"Deletes an open issue; returns its id\")\n    @Id\n"
                        + "    public UUID deleteOpenIssue(",
                "public List<app.mapping.OpenIssueView> openIssuesById(List<String> id) {");
    }

    @Test
    void writesAFieldForEachParentTheRecordsAreListedUnder() {
        Processing.Result result = Processing.run(new RecordGraphQLProcessor(), """
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = app.service.ThingService.class, plural = "things",
                        list = "Many", listed = @io.devzone.codegen.Listed(under = app.service.OpenIssueService.class,
                                field = "things", description = "Its things, oldest first"))
                class ThingGraphQL {}
                """);

        assertEquals(List.of(), result.errors());
        Processing.assertContains(result.generated().get("app.graphql.ThingGraphQLRecords"),
                "import org.eclipse.microprofile.graphql.Source;",
                "@Description(\"Its things, oldest first\")\n"
                        + "    public List<List<app.mapping.ThingView>> things(@Source List<app.service.OpenIssueService>"
                        + " parents) {\n"
                        + "        return service.ofEachParent(RecordFields.ids(parents));");
    }

    @Test
    void writesTheWholeApiOfEachRecordItsPackageDeclares() {
        Processing.Result result = Processing.run(new RecordGraphQLProcessor(), "app.graphql.package-info", """
                @io.devzone.codegen.RecordGraphQL(service = app.service.ThingService.class, plural = "things",
                        list = "Things")
                @io.devzone.codegen.RecordGraphQL(service = app.service.OpenIssueService.class, plural = "openIssues",
                        list = "Open issues", creatable = false)
                package app.graphql;
                """);

        assertEquals(List.of(), result.errors());
        assertEquals(Set.of("app.graphql.ThingGraphQL", "app.graphql.OpenIssueGraphQL"), result.generated().keySet());
        Processing.assertContains(result.generated().get("app.graphql.ThingGraphQL"),
                "import org.eclipse.microprofile.graphql.GraphQLApi;",
                "@GraphQLApi\npublic class ThingGraphQL {",
                "public app.mapping.ThingView createThing(",
                "public List<app.mapping.ThingView> thingsById(List<String> id) {");
        String issues = result.generated().get("app.graphql.OpenIssueGraphQL");
        Processing.assertContains(issues,
                "@GraphQLApi\npublic class OpenIssueGraphQL {",
                "@Description(\"Open issues\")\n    public Page<app.mapping.OpenIssueView> openIssues(");
        assertFalse(issues.contains("createOpenIssue"), issues);
    }

    @Test
    void writesTheWholeApiOfTheOneRecordItsPackageDeclares() {
        Processing.Result result = Processing.run(new RecordGraphQLProcessor(), "app.graphql.package-info", """
                @io.devzone.codegen.RecordGraphQL(service = app.service.ThingService.class, plural = "things",
                        list = "Things")
                package app.graphql;
                """);

        assertEquals(List.of(), result.errors());
        Processing.assertContains(result.generated().get("app.graphql.ThingGraphQL"),
                "@GraphQLApi\npublic class ThingGraphQL {");
    }

    @Test
    void refusesAReferenceToAServiceThatKeepsNoRecords() {
        Processing.Result result = Processing.run(new RecordGraphQLProcessor(), """
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = app.service.ThingService.class, plural = "things",
                        list = "Many", references = @io.devzone.codegen.Reference(field = "name", id = "nameId",
                                service = String.class, description = "A name"))
                class ThingGraphQL {}
                """);

        assertEquals(List.of("@RecordGraphQL: the reference name's java.lang.String does not extend"
                        + " io.devzone.commons.record.RecordService"),
                result.errors());
        assertEquals(Map.of(), result.generated());
    }

    @Test
    void refusesAServiceThatKeepsNoRecords() {
        Processing.Result result = Processing.run(new RecordGraphQLProcessor(), """
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = String.class, plural = "things", get = "One", list = "Many",
                        delete = "Deletes")
                class ThingGraphQL {}
                """);

        assertEquals(List.of("@RecordGraphQL: java.lang.String does not extend io.devzone.commons.record.RecordService"),
                result.errors());
        assertEquals(Map.of(), result.generated());
    }
}
