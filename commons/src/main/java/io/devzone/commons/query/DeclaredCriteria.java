package io.devzone.commons.query;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.time.Periods;

/** A filter class's criteria (its public fields, {@link Criterion}) and its ranges, read once per class. */
final class DeclaredCriteria {

    private static final ClassValue<DeclaredCriteria> OF_CLASS = new ClassValue<>() {
        @Override
        protected DeclaredCriteria computeValue(Class<?> type) {
            return new DeclaredCriteria(type);
        }
    };

    private final List<Declared> fields = new ArrayList<>();
    private final List<Range> ranges = new ArrayList<>();

    private DeclaredCriteria(Class<?> type) {
        Map<String, BiConsumer<Criteria, Object>> rangeEnds = new HashMap<>();
        for (Criterion.Range range : type.getAnnotationsByType(Criterion.Range.class)) {
            Field from = end(type, range.from());
            Field to = end(type, range.to());
            if (from != null) {
                rangeEnds.put(from.getName(),
                        (criteria, value) -> criteria.atLeast(range.path(), (Comparable<?>) value));
            }
            if (to != null) {
                rangeEnds.put(to.getName(),
                        (criteria, value) -> criteria.atMost(range.path(), (Comparable<?>) value));
            }
            if (from != null && to != null) {
                ranges.add(new Range(from, to));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            Criterion criterion = field.getAnnotation(Criterion.class);
            if (!bound(field)) {
                if (criterion != null) {
                    throw new IllegalStateException("@Criterion " + type.getSimpleName() + "." + field.getName()
                            + " must be a public instance field (REST and GraphQL bind it)");
                }
                continue;
            }
            BiConsumer<Criteria, Object> select = rangeEnds.containsKey(field.getName())
                    ? rangeEnds.get(field.getName()) : selection(field, criterion);
            if (select != null) {
                fields.add(new Declared(field, select));
            }
        }
    }

    static DeclaredCriteria of(Class<?> type) {
        return OF_CLASS.get(type);
    }

    /** The filter's criteria, its ranges checked first. */
    Criteria of(Object filter) {
        ranges.forEach(range -> range.check(filter));
        Criteria criteria = new Criteria();
        fields.forEach(field -> field.select().accept(criteria, value(field.field(), filter)));
        return criteria;
    }

    /** How a field selects, by its {@link Criterion} or its type; null for an {@code OWN} field. */
    private static BiConsumer<Criteria, Object> selection(Field field, Criterion criterion) {
        Criterion.Match match = criterion != null ? criterion.value()
                : field.getType() == String.class ? Criterion.Match.CONTAINS : Criterion.Match.EQUAL;
        String path = criterion == null || criterion.path().isEmpty() ? field.getName() : criterion.path();
        return switch (match) {
            case EQUAL -> (criteria, value) -> criteria.equal(path, value);
            case CONTAINS -> (criteria, value) -> criteria.contains(path, (String) value);
            case CODE -> (criteria, value) -> criteria.code(path, (String) value);
            case MEMBER_OF -> (criteria, value) -> criteria.memberOf(path, value);
            case SET -> (criteria, value) -> criteria.set(path, (Boolean) value);
            case UNSET -> (criteria, value) -> criteria.set(path, value == null ? null : !(Boolean) value);
            case OWN -> null;
        };
    }

    /** The field a range names as an end; null for none. */
    private static Field end(Class<?> type, String name) {
        if (name.isEmpty()) {
            return null;
        }
        return Arrays.stream(type.getDeclaredFields()).filter(field -> field.getName().equals(name) && bound(field))
                .findFirst().orElseThrow(() -> new IllegalStateException("@Criterion.Range of "
                        + type.getSimpleName() + " names " + name + ", which is no public instance field"));
    }

    private static boolean bound(Field field) {
        return Modifier.isPublic(field.getModifiers()) && !Modifier.isStatic(field.getModifiers());
    }

    private record Declared(Field field, BiConsumer<Criteria, Object> select) {
    }

    private record Range(Field from, Field to) {

        @SuppressWarnings({ "unchecked", "rawtypes" })
        void check(Object filter) {
            Object min = value(from, filter);
            Object max = value(to, filter);
            if (min instanceof LocalDate first) {
                Periods.checkRange(from.getName(), first, to.getName(), (LocalDate) max);
            } else if (min != null && max != null && ((Comparable) min).compareTo(max) > 0) {
                throw new InvalidInputException(from.getName(), "must not be above " + to.getName());
            }
        }
    }

    private static Object value(Field field, Object filter) {
        try {
            return field.get(filter);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
