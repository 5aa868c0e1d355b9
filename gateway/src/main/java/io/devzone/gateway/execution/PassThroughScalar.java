package io.devzone.gateway.execution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;

/**
 * A subgraph's custom scalar ({@code Date}, {@code BigDecimal}, ...) as the gateway sees it: values pass through
 * unchanged, because the subgraph that owns the field is the one that validates and formats them.
 */
final class PassThroughScalar implements Coercing<Object, Object> {

    private static final PassThroughScalar INSTANCE = new PassThroughScalar();

    static GraphQLScalarType named(String name, String description) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(INSTANCE).build();
    }

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) {
        return value;
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        return input;
    }

    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        return toJava(input, variables);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return toLiteral(input);
    }

    private static Object toJava(Value<?> value, CoercedVariables variables) {
        if (value instanceof StringValue v) {
            return v.getValue();
        }
        if (value instanceof IntValue v) {
            return v.getValue();
        }
        if (value instanceof FloatValue v) {
            return v.getValue();
        }
        if (value instanceof BooleanValue v) {
            return v.isValue();
        }
        if (value instanceof EnumValue v) {
            return v.getName();
        }
        if (value instanceof VariableReference v) {
            return variables.get(v.getName());
        }
        if (value instanceof ArrayValue v) {
            return v.getValues().stream().map(element -> toJava(element, variables)).toList();
        }
        if (value instanceof ObjectValue v) {
            Map<String, Object> object = new LinkedHashMap<>();
            v.getObjectFields().forEach(field -> object.put(field.getName(), toJava(field.getValue(), variables)));
            return object;
        }
        return null;
    }

    private static Value<?> toLiteral(Object value) {
        if (value == null) {
            return NullValue.of();
        }
        if (value instanceof String s) {
            return StringValue.of(s);
        }
        if (value instanceof Boolean b) {
            return BooleanValue.of(b);
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return FloatValue.newFloatValue(new BigDecimal(value.toString())).build();
        }
        if (value instanceof Number n) {
            return IntValue.newIntValue(new BigInteger(n.toString())).build();
        }
        if (value instanceof List<?> list) {
            return ArrayValue.newArrayValue().values(list.stream().<Value>map(PassThroughScalar::toLiteral).toList())
                    .build();
        }
        if (value instanceof Map<?, ?> map) {
            return ObjectValue.newObjectValue().objectFields(map.entrySet().stream()
                    .map(e -> new ObjectField(String.valueOf(e.getKey()), toLiteral(e.getValue()))).toList()).build();
        }
        return StringValue.of(value.toString());
    }
}
