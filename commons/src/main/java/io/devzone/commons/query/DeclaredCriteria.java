package io.devzone.commons.query;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.time.Periods;

/** A filter class's criteria (its public fields, {@link Criterion}) and the ranges they make, read once per class. */
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
        for (Field field : type.getDeclaredFields()) {
            Criterion criterion = field.getAnnotation(Criterion.class);
            boolean bound = Modifier.isPublic(field.getModifiers()) && !Modifier.isStatic(field.getModifiers());
            if (!bound) {
                if (criterion != null) {
                    throw new IllegalStateException("@Criterion " + type.getSimpleName() + "." + field.getName()
                            + " must be a public instance field (REST and GraphQL bind it)");
                }
                continue;
            }
            Criterion.Match match = criterion != null ? criterion.value()
                    : field.getType() == String.class ? Criterion.Match.CONTAINS : Criterion.Match.EQUAL;
            if (match != Criterion.Match.OWN) {
                String path = criterion == null || criterion.path().isEmpty() ? field.getName() : criterion.path();
                fields.add(new Declared(field, match, path));
            }
        }
        for (Declared from : fields) {
            if (from.match() == Criterion.Match.AT_LEAST) {
                end(Criterion.Match.AT_MOST, from.path())
                        .ifPresent(to -> ranges.add(new Range(from.field(), to.field())));
            }
        }
    }

    static DeclaredCriteria of(Class<?> type) {
        return OF_CLASS.get(type);
    }

    private Optional<Declared> end(Criterion.Match match, String path) {
        return fields.stream().filter(field -> field.match() == match && field.path().equals(path)).findFirst();
    }

    /** The filter's criteria, its ranges checked first. */
    Criteria of(Object filter) {
        ranges.forEach(range -> range.check(filter));
        Criteria criteria = new Criteria();
        for (Declared field : fields) { // OWN fields are not among them
            Object value = field.valueIn(filter);
            switch (field.match()) {
                case EQUAL -> criteria.equal(field.path(), value);
                case CONTAINS -> criteria.contains(field.path(), (String) value);
                case CODE -> criteria.code(field.path(), (String) value);
                case AT_LEAST -> criteria.atLeast(field.path(), (Comparable<?>) value);
                case AT_MOST -> criteria.atMost(field.path(), (Comparable<?>) value);
                case MEMBER_OF -> criteria.memberOf(field.path(), value);
                case SET -> criteria.set(field.path(), (Boolean) value);
                case UNSET -> criteria.set(field.path(), value == null ? null : !(Boolean) value);
            }
        }
        return criteria;
    }

    private record Declared(Field field, Criterion.Match match, String path) {

        Object valueIn(Object filter) {
            return value(field, filter);
        }
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
