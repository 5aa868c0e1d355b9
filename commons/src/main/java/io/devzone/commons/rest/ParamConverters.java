package io.devzone.commons.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.devzone.commons.input.InputRules;
import io.devzone.commons.input.InvalidValueException;

/**
 * Reads query and path parameters by the house rules ({@link InputRules}) and refuses a bad one as
 * {@code VALIDATION_FAILED} naming the parameter, where JAX-RS would answer 404 for any value it cannot convert.
 * A parameter without a name in its annotation (a path parameter taken by its Java name) is named by
 * {@code ProblemMapper} from the request's path parameters.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        Function<String, Object> read = reader(rawType, name);
        if (read == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null || value.isBlank() ? null : (T) read.apply(value.strip());
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum constant ? constant.name() : value.toString();
            }
        };
    }

    private static Function<String, Object> reader(Class<?> type, String name) {
        if (type == UUID.class) {
            return text -> {
                UUID id = InputRules.parseIdOrNull(text);
                if (id == null) {
                    throw new InvalidValueException(name, InputRules.ID_FORMAT);
                }
                return id;
            };
        }
        if (type == LocalDate.class) {
            return text -> InputRules.parseDate(name, text);
        }
        if (type == Integer.class || type == int.class) {
            return text -> {
                try {
                    return Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    throw new InvalidValueException(name, "must be a whole number from " + Integer.MIN_VALUE + " to "
                            + Integer.MAX_VALUE);
                }
            };
        }
        if (type == BigDecimal.class) {
            return text -> {
                BigDecimal amount;
                try {
                    amount = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw new InvalidValueException(name, "must be a number such as 1250000.00");
                }
                String problem = InputRules.amountProblem(amount);
                if (problem != null) {
                    throw new InvalidValueException(name, problem);
                }
                return amount;
            };
        }
        if (type == Boolean.class || type == boolean.class) {
            // Boolean.valueOf would read anything but "true" as false
            return text -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidValueException(name, "must be true or false");
            };
        }
        if (type.isEnum()) {
            return text -> {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return constant;
                    }
                }
                throw new InvalidValueException(name, InputRules.oneOf(type));
            };
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = null;
            if (annotation instanceof QueryParam query) {
                name = query.value();
            } else if (annotation instanceof PathParam path) {
                name = path.value();
            } else if (annotation instanceof RestQuery query) {
                name = query.value();
            } else if (annotation instanceof RestPath path) {
                name = path.value();
            }
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return null;
    }
}
