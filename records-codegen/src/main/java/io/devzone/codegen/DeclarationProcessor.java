package io.devzone.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * What every records-codegen processor does alike: it reads each declaration of its annotation, its values by name,
 * and writes a class beside the annotated element, refusing with an error what it cannot write.
 */
abstract class DeclarationProcessor extends AbstractProcessor {

    /** Writes what one declaration (one annotation, with its values) on the element asks for. */
    abstract void generate(Element annotated, AnnotationMirror declaration);

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element annotated : round.getElementsAnnotatedWith(annotation)) {
                for (AnnotationMirror declaration : declarations(annotated, annotation)) {
                    generate(annotated, declaration);
                }
            }
        }
        return true;
    }

    /**
     * What the annotation declares on the element: itself, or where it is the container of a repeated annotation (a
     * package declaring several records) each one it holds.
     */
    private List<AnnotationMirror> declarations(Element annotated, TypeElement annotation) {
        AnnotationMirror mirror = annotated.getAnnotationMirrors().stream()
                .filter(m -> m.getAnnotationType().asElement().equals(annotation))
                .findFirst().orElseThrow();
        Object held = valuesOf(mirror).get("value");
        return held instanceof List<?> repeated ? mirrors(repeated) : List.of(mirror);
    }

    /** Writes the source of {@code packageName.name}, generated for the annotated element. */
    void write(Element annotated, String packageName, String name, String source, String annotation) {
        try (Writer out = processingEnv.getFiler().createSourceFile(packageName + "." + name, annotated).openWriter()) {
            out.write(source);
        } catch (IOException e) {
            error(annotation + ": cannot write " + name + ": " + e.getMessage(), annotated);
        }
    }

    void error(String message, Element at) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, at);
    }

    /** An annotation's elements by name, defaults included. */
    Map<String, Object> valuesOf(AnnotationMirror annotation) {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : processingEnv.getElementUtils()
                .getElementValuesWithDefaults(annotation).entrySet()) {
            values.put(entry.getKey().getSimpleName().toString(), entry.getValue().getValue());
        }
        return values;
    }

    /** The nested annotations an array element holds, each as its values by name. */
    List<Map<String, Object>> nested(Object arrayValue) {
        return mirrors((List<?>) arrayValue).stream().map(this::valuesOf).toList();
    }

    private static List<AnnotationMirror> mirrors(List<?> arrayValue) {
        return arrayValue.stream().map(value -> (AnnotationMirror) ((AnnotationValue) value).getValue()).toList();
    }
}
