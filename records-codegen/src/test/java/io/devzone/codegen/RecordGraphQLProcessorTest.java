package io.devzone.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * The processor run by the compiler on a declaration (annotation processing only: the generated class refers to
 * SmallRye and commons, which this module does not have; the services' API snapshots prove it compiles and serves).
 */
class RecordGraphQLProcessorTest {

    /** commons' RecordService as far as the processor reads it: its type parameters. */
    private static final String RECORD_SERVICE = """
            package io.devzone.commons.record;
            public abstract class RecordService<E, V, I, F> {}
            """;
    private static final String SERVICE = """
            package app.service;
            public class ThingService extends Base {}
            abstract class Base extends io.devzone.commons.record.RecordService<app.domain.Thing, app.mapping.ThingView,
                    app.mapping.ThingInput, app.service.ThingFilter> {}
            """;
    private static final String OTHER_SERVICE = """
            package app.service;
            public class OpenIssueService extends io.devzone.commons.record.RecordService<app.domain.OpenIssue,
                    app.mapping.OpenIssueView, app.mapping.OpenIssueInput, app.service.OpenIssueFilter> {}
            """;

    @Test
    void writesEveryStandardOperationWithTheTypesOfTheServiceAndTheDescriptionsGiven() {
        Result result = process("""
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
        assertContains(source,
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
        Result result = process("""
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = app.service.ThingService.class, plural = "things",
                        get = "One", list = "Many", creatable = false, delete = "Deletes")
                class ThingGraphQL {}
                """);

        assertEquals(List.of(), result.errors());
        String source = result.generated().get("app.graphql.ThingGraphQLRecords");
        assertFalse(source.contains("createThing"), source);
        assertFalse(source.contains("history"), source);
        assertContains(source,
                "public app.mapping.ThingView updateThing(");
    }

    @Test
    void describesTheGetAndTheDeleteNotDescribedInTheRecordsWords() {
        Result result = process("""
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = app.service.OpenIssueService.class, plural = "openIssues",
                        list = "Many")
                class OpenIssueGraphQL {}
                """);

        assertEquals(List.of(), result.errors());
        String source = result.generated().get("app.graphql.OpenIssueGraphQLRecords");
        assertContains(source,
                "@Description(\"One open issue by id\")\n"
                        + "    public app.mapping.OpenIssueView openIssue(@Id @NonNull String id) {",
                "@Description(\"Deletes an open issue; returns its id\")\n    @Id\n"
                        + "    public UUID deleteOpenIssue(",
                "public List<app.mapping.OpenIssueView> openIssuesById(List<String> id) {");
    }

    @Test
    void refusesAReferenceToAServiceThatKeepsNoRecords() {
        Result result = process("""
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
        Result result = process("""
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = String.class, plural = "things", get = "One", list = "Many",
                        delete = "Deletes")
                class ThingGraphQL {}
                """);

        assertEquals(List.of("@RecordGraphQL: java.lang.String does not extend io.devzone.commons.record.RecordService"),
                result.errors());
        assertEquals(Map.of(), result.generated());
    }

    /** Every part is in the generated source (shown whole where one is not). */
    private static void assertContains(String source, String... parts) {
        for (String part : parts) {
            assertTrue(source.contains(part), () -> "no " + part + " in:\n" + source);
        }
    }

    private record Result(List<String> errors, Map<String, String> generated) {
    }

    private static Result process(String api) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> written = new HashMap<>();
        StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null);
        JavaFileManager memory = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return written.computeIfAbsent(className, name -> new ByteArrayOutputStream());
                    }

                    @Override // the compiler reads what was generated in the next round
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return written.get(className).toString(StandardCharsets.UTF_8);
                    }
                };
            }
        };
        List<JavaFileObject> sources = List.of(source("io.devzone.commons.record.RecordService", RECORD_SERVICE),
                source("app.service.ThingService", SERVICE), source("app.service.OpenIssueService", OTHER_SERVICE),
                source("app.graphql.Api", api));
        JavaCompiler.CompilationTask task = compiler.getTask(null, memory, diagnostics,
                List.of("-proc:only", "-classpath", System.getProperty("java.class.path")), null, sources);
        task.setProcessors(List.of(new RecordGraphQLProcessor()));
        task.call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            // the types the services would bring (views, SmallRye) are missing here: only the processor's own count
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getMessage(null).startsWith("@RecordGraphQL")) {
                errors.add(d.getMessage(null));
            }
        }
        Map<String, String> generated = new HashMap<>();
        written.forEach((name, bytes) -> generated.put(name, bytes.toString(StandardCharsets.UTF_8)));
        return new Result(errors, generated);
    }

    private static JavaFileObject source(String className, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + className.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
