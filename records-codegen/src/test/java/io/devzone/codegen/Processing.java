package io.devzone.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.processing.Processor;
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

/**
 * A processor run by the compiler on a declaration beside two record services (annotation processing only: the
 * generated class refers to SmallRye, JAX-RS and commons, which this module does not have; the services' API
 * snapshots prove it compiles and serves).
 */
final class Processing {

    /** commons' RecordService as far as the processors read it: its type parameters. */
    private static final String RECORD_SERVICE = """
            package io.devzone.commons.record;
            public abstract class RecordService<E, V, I, F> {}
            """;
    /** A service with the methods the REST endpoints may call: by id first, overloaded otherwise. */
    private static final String SERVICE = """
            package app.service;
            public class ThingService extends Base {
                public app.mapping.ThingView move(java.util.UUID id, app.mapping.MoveInput input) { return null; }
                public java.util.List<app.mapping.MoveView> moves(java.util.UUID id) { return null; }
                public java.util.Map<java.util.UUID, java.util.List<app.mapping.MoveView>> moves(
                        java.util.Collection<java.util.UUID> ids) { return null; }
                public app.mapping.Figure figure(java.util.UUID id, String to, Integer of) { return null; }
                public app.mapping.Figure figure(java.time.LocalDate to) { return null; }
                public app.mapping.Figure twice(java.util.UUID id) { return null; }
                public app.mapping.Figure twice(java.util.UUID id, String to) { return null; }
                public app.mapping.ThingView merge(java.util.UUID id, app.mapping.ThingView a, app.mapping.ThingView b) {
                    return null;
                }
            }
            abstract class Base extends io.devzone.commons.record.RecordService<app.domain.Thing, app.mapping.ThingView,
                    app.mapping.ThingInput, app.service.ThingFilter> {}
            """;
    private static final String OTHER_SERVICE = """
            package app.service;
            public class OpenIssueService extends io.devzone.commons.record.RecordService<app.domain.OpenIssue,
                    app.mapping.OpenIssueView, app.mapping.OpenIssueInput, app.service.OpenIssueFilter> {}
            """;

    /** Bean Validation's @NotBlank where it may stand, as @RecordCopy reads it. */
    private static final String NOT_BLANK = """
            package jakarta.validation.constraints;
            import java.lang.annotation.ElementType;
            @java.lang.annotation.Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE,
                    ElementType.CONSTRUCTOR, ElementType.PARAMETER, ElementType.TYPE_USE})
            public @interface NotBlank {}
            """;

    private Processing() {
    }

    /** The processor's own errors (those starting with "@") and the sources it wrote, by class name. */
    record Result(List<String> errors, Map<String, String> generated) {
    }

    /** Every part is in the generated source (shown whole where one is not). */
    static void assertContains(String source, String... parts) {
        for (String part : parts) {
            assertTrue(source.contains(part), () -> "no " + part + " in:\n" + source);
        }
    }

    static Result run(Processor processor, String annotated) {
        return run(processor, "app.api.Api", annotated);
    }

    /** The processor run on a compilation unit of that name ({@code app.graphql.package-info} for a package's). */
    static Result run(Processor processor, String unit, String annotated) {
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
                source("jakarta.validation.constraints.NotBlank", NOT_BLANK), source("app.service.ThingService", SERVICE), source("app.service.OpenIssueService", OTHER_SERVICE),
                source(unit, annotated));
        JavaCompiler.CompilationTask task = compiler.getTask(null, memory, diagnostics,
                List.of("-proc:only", "-classpath", System.getProperty("java.class.path")), null, sources);
        task.setProcessors(List.of(processor));
        task.call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            // the types the services would bring (views, SmallRye) are missing here: only the processor's own count
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getMessage(null).startsWith("@")) {
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
