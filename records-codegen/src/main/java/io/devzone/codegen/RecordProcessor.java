package io.devzone.codegen;

import java.util.List;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * What the processors of a record service's operations share: each writes a class beside every declaration of its annotation ({@code <Class>Records}
 * beside an annotated class), for the {@code RecordService} the annotation's {@code service} names, and refuses one
 * that is none.
 */
abstract class RecordProcessor extends DeclarationProcessor {

    static final String RECORD_SERVICE = "io.devzone.commons.record.RecordService";

    /**
     * The text of the class {@code packageName.name} generated for an annotated class, from its annotation's values and
     * its service's types; null where the declaration is refused (with an error).
     */
    abstract String source(Element annotated, String packageName, String name, Map<String, Object> values,
            RecordTypes types);

    /** The simple name of the class generated for a declaration on the element: {@code <Class>Records} for a class. */
    String name(Element annotated, RecordTypes types) {
        return annotated.getSimpleName() + "Records";
    }

    @Override
    void generate(Element annotated, AnnotationMirror declaration) {
        String annotation = "@" + declaration.getAnnotationType().asElement().getSimpleName();
        Map<String, Object> values = valuesOf(declaration);
        TypeMirror service = (TypeMirror) values.get("service");
        RecordTypes types = recordTypes(service);
        if (types == null) {
            error(annotation + ": " + service + " does not extend " + RECORD_SERVICE, annotated);
            return;
        }
        String packageName = processingEnv.getElementUtils().getPackageOf(annotated).getQualifiedName().toString();
        String name = name(annotated, types);
        String source = source(annotated, packageName, name, values, types);
        if (source == null) {
            return;
        }
        write(annotated, packageName, name, source, annotation);
    }

    /** What a service keeps, or null where it does not extend {@code RecordService}. */
    RecordTypes recordTypes(TypeMirror service) {
        List<? extends TypeMirror> arguments = recordServiceArguments(service);
        return arguments == null ? null : new RecordTypes(service, arguments.get(1).toString(),
                arguments.get(2).toString(), arguments.get(3).toString());
    }

    /** The type arguments {@code E, V, I, F} the type gives {@code RecordService}, or null where it is none. */
    private List<? extends TypeMirror> recordServiceArguments(TypeMirror type) {
        for (TypeMirror supertype : processingEnv.getTypeUtils().directSupertypes(type)) {
            if (supertype instanceof DeclaredType declared && ((TypeElement) declared.asElement()).getQualifiedName()
                    .contentEquals(RECORD_SERVICE)) {
                return declared.getTypeArguments();
            }
            List<? extends TypeMirror> found = recordServiceArguments(supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A record service and the view, input and filter it keeps records with. */
    record RecordTypes(TypeMirror service, String view, String input, String filter) {

        /** The record in one word, its view's simple name without {@code View} ({@code PartyActivity}). */
        String thing() {
            return view.substring(view.lastIndexOf('.') + 1).replaceFirst("View$", "");
        }
    }

    /** A Java string literal of the text, ASCII only whatever the compiler's source encoding. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
