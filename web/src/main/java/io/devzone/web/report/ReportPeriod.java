package io.devzone.web.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report's period, both days inclusive, checked by the house's date rules (CONVENTIONS.md, "Dates and times"; the
 * services' {@code InputRules}, which this module does not depend on), and named as the source names it.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** What is wrong with a period's query parameters, by parameter; thrown before anything is asked. */
    public static final class InvalidPeriod extends RuntimeException {
        private final Map<String, String> errors;

        InvalidPeriod(Map<String, String> errors) {
            super("The period is not valid: " + errors);
            this.errors = errors;
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    /** Both days from their query parameters; every missing or wrong one reported at once. */
    public static ReportPeriod parse(String fromText, String toText) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = day("from", fromText, "the first day of the period, e.g. 2011-01-01", errors);
        LocalDate to = day("to", toText, "the last day of the period, e.g. 2011-06-30", errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.put("from", "must not be after to (" + to + ")");
        }
        if (!errors.isEmpty()) {
            throw new InvalidPeriod(errors);
        }
        return new ReportPeriod(from, to);
    }

    private static LocalDate day(String field, String text, String meaning, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "is required: " + meaning);
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip(), ISO_DATE);
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                errors.put(field, "must be a date from " + FIRST_DAY + " to " + LAST_DAY);
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date written yyyy-MM-dd, such as 2011-06-30");
            return null;
        }
    }

    /** 上半年 for a first half, 全年 for a whole year, else its months (3─5月). */
    public String name() {
        boolean fromJanuary = from.getDayOfYear() == 1;
        if (fromJanuary && to.getYear() == from.getYear() && to.equals(LocalDate.of(from.getYear(), 6, 30))) {
            return "上半年";
        }
        if (fromJanuary && to.getYear() == from.getYear() && to.getDayOfYear() == to.lengthOfYear()) {
            return "全年";
        }
        return months();
    }

    /** 1─6月. */
    public String months() {
        return from.getMonthValue() + "─" + to.getMonthValue() + "月";
    }

    /**
     * The share of the end's year elapsed at its end, percent, counted in months as the zone counts it (the end of
     * June is half the year), the last month by its days: the time half of 双过半.
     */
    public double yearElapsedPercent() {
        return (to.getMonthValue() - 1 + (double) to.getDayOfMonth() / to.lengthOfMonth()) * 100 / 12;
    }

    /** 3月2日. */
    static String monthDay(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
