package io.devzone.commons.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What every value a caller sends must be, whatever the way in (a JSON body, a query or path parameter, a GraphQL
 * argument): each method answers what is wrong, or null when the value is fine, and the way in turns that into its
 * own refusal, so that REST and GraphQL say the same. The supported range of dates is one the database holds and a
 * business date can mean: {@link #FIRST_DAY} to {@link #LAST_DAY} (CONVENTIONS.md, "Dates and times").
 */
public final class InputRules {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** NUMERIC(18,2): at most 16 digits before the decimal point and 2 after. */
    public static final int INTEGER_DIGITS = 16;
    public static final int FRACTION_DIGITS = 2;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID_SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public static final String DATE_FORMAT = "must be a date written yyyy-MM-dd, such as 2011-06-30";
    public static final String DATE_RANGE = "must be a date from " + FIRST_DAY + " to " + LAST_DAY;
    public static final String ID_FORMAT = "must be an id: a UUID such as 0196b7a4-0000-7000-8000-000000000000";

    private InputRules() {
    }

    /**
     * Text PostgreSQL stores as sent: no NUL character (it refuses it) and no unpaired surrogate (UTF-8 cannot carry
     * one; it would be stored as '?').
     */
    public static String textProblem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired UTF-16 surrogate (such as \\uD800): send valid Unicode text";
            }
        }
        return null;
    }

    /** A business date within the supported range. */
    public static String dateProblem(LocalDate date) {
        return date == null || !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY) ? null : DATE_RANGE;
    }

    /** An amount NUMERIC(18,2) holds. */
    public static String amountProblem(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.precision() - plain.scale() > INTEGER_DIGITS) {
            return "must have at most " + INTEGER_DIGITS + " digits before the decimal point";
        }
        if (plain.scale() > FRACTION_DIGITS) {
            return "must have at most " + FRACTION_DIGITS + " decimals";
        }
        return null;
    }

    /** A date as ISO-8601 text, strictly (no time, no year 0, no 30 February), within the supported range. */
    public static LocalDate parseDate(String field, String text) {
        if (text == null || !DATE_SHAPE.matcher(text).matches()) {
            throw new InvalidValueException(field, DATE_FORMAT);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, DATE_FORMAT + " (a day that exists)");
        }
        String problem = dateProblem(date);
        if (problem != null) {
            throw new InvalidValueException(field, problem);
        }
        return date;
    }

    /** An id in its canonical form (36 characters); null when it is none. */
    public static java.util.UUID parseIdOrNull(String text) {
        return text != null && UUID_SHAPE.matcher(text).matches() ? java.util.UUID.fromString(text) : null;
    }

    /** What an enum takes, for a message: {@code one of [A, B]}. */
    public static String oneOf(Class<?> enumType) {
        return "must be one of " + Arrays.toString(enumType.getEnumConstants());
    }
}
