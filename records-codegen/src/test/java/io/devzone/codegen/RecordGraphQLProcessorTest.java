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

    @Test
    void writesEveryStandardOperationWithTheTypesOfTheServiceAndTheDescriptionsGiven() {
        Result result = process("""
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = app.service.ThingService.class, plural = "things",
                        get = "One thing (东西) by id", list = "Things, sorted (e.g. \\"-name\\")",
                        update = "Changes a thing", delete = "Deletes a thing; returns its id",
                        history = "Who changed it when")
                public class ThingGraphQL {}
                """);

        assertEquals(List.of(), result.errors());
        String source = result.generated().get("app.graphql.ThingGraphQLRecords");
        assertTrue(source.contains("public abstract class ThingGraphQLRecords {"), source);
        assertTrue(source.contains("protected app.service.ThingService service;"), source);
        assertTrue(source.contains("@Description(\"One thing (\\u4e1c\\u897f) by id\")\n"
                + "    public app.mapping.ThingView thing(@Id @NonNull String id) {"), source);
        assertTrue(source.contains("@Description(\"Things, sorted (e.g. \\\"-name\\\")\")\n"
                + "    public Page<app.mapping.ThingView> things(app.service.ThingFilter filter, Integer page,"
                + " Integer size, String sort) {"), source);
        assertTrue(source.contains("@Mutation\n    public app.mapping.ThingView createThing(@NonNull app.mapping.ThingInput"
                + " input) {"), source);
        assertTrue(source.contains("@Description(\"Changes a thing\")\n    public app.mapping.ThingView updateThing("),
                source);
        assertTrue(source.contains("@Id\n    public UUID deleteThing(@Id @NonNull String id) {"), source);
        assertTrue(source.contains("@Resolver"), source);
        assertTrue(source.contains("public List<app.mapping.ThingView> thingsById(List<String> id) {"), source);
        assertTrue(source.contains("@Description(\"Who changed it when\")\n    @Nullable"), source);
        assertTrue(source.contains("public List<List<@NonNull ChangeView>> history(@Source List<app.mapping.ThingView>"
                + " records) {"), source);
    }

    @Test
    void leavesOutTheCreateOfADependentRecordAndTheHistoryNotDescribed() {
        Result result = process("""
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = app.service.ThingService.class, plural = "things",
                        get = "One", list = "Many", creatable = false, delete = "Deletes")
                public class ThingGraphQL {}
                """);

        assertEquals(List.of(), result.errors());
        String source = result.generated().get("app.graphql.ThingGraphQLRecords");
        assertFalse(source.contains("createThing"), source);
        assertFalse(source.contains("history"), source);
        assertTrue(source.contains("public app.mapping.ThingView updateThing("), source);
    }

    @Test
    void refusesAServiceThatKeepsNoRecords() {
        Result result = process("""
                package app.graphql;
                @io.devzone.codegen.RecordGraphQL(service = String.class, plural = "things", get = "One", list = "Many",
                        delete = "Deletes")
                public class ThingGraphQL {}
                """);

        assertEquals(List.of("@RecordGraphQL: java.lang.String does not extend io.devzone.commons.record.RecordService"),
                result.errors());
        assertEquals(Map.of(), result.generated());
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
                source("app.service.ThingService", SERVICE), source("app.graphql.ThingGraphQL", api));
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
