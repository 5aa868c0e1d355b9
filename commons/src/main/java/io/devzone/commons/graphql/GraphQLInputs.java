package io.devzone.commons.graphql;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.input.InputRules;
import io.smallrye.graphql.execution.event.InvokeInfo;

/**
 * Every GraphQL argument passes {@link InputRules} before the operation runs, as a REST body does through
 * {@code InputJson}: texts (no NUL, no unpaired surrogate), dates (the supported range) and amounts (NUMERIC(18,2)),
 * also inside input objects and lists. A refusal is {@code VALIDATION_FAILED} listing each field, named as on REST
 * ({@code appliedOn}, {@code members[0].name}). The parents of a field ({@code @Source}) are our own records, not input.
 */
@ApplicationScoped
public class GraphQLInputs {

    /** Input objects nest a few levels at most; a deeper value is not input. */
    private static final int MAX_DEPTH = 8;

    void check(@Observes InvokeInfo invocation) {
        Parameter[] parameters = invocation.getOperationMethod().getParameters();
        Object[] arguments = invocation.getOperationTransformedArguments();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < parameters.length && i < arguments.length; i++) {
            if (!parameters[i].isAnnotationPresent(Source.class)) {
                check(parameters[i].getName(), arguments[i], true, errors, 0);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** {@code argument}: a top-level argument, whose fields are named without it (as a REST body's are). */
    private static void check(String field, Object value, boolean argument, List<FieldError> errors, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        String problem = null;
        if (value instanceof String text) {
            problem = InputRules.textProblem(text);
        } else if (value instanceof LocalDate date) {
            problem = InputRules.dateProblem(date);
        } else if (value instanceof BigDecimal amount) {
            problem = InputRules.amountProblem(amount);
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                check(field + "[" + index++ + "]", item, false, errors, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                check(child(field, argument, component.getName()), read(component, value), false, errors, depth + 1);
            }
        } else if (isInputClass(value.getClass())) {
            for (Field member : value.getClass().getFields()) {
                if (!Modifier.isStatic(member.getModifiers())) {
                    check(child(field, argument, member.getName()), read(member, value), false, errors, depth + 1);
                }
            }
        }
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }

    /** A filter class (public fields) of ours; enums and JDK types carry no nested input. */
    private static boolean isInputClass(Class<?> type) {
        return !type.isEnum() && type.getName().startsWith("io.devzone.");
    }

    private static String child(String parent, boolean argument, String name) {
        return argument ? name : parent + "." + name;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static Object read(Field field, Object input) {
        try {
            return field.get(input);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
