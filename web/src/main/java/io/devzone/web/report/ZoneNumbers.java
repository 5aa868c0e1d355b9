package io.devzone.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as the zone writes them in a report, the same as the web app's {@code format.ts}: 亿元 (100,000,000 yuan)
 * and 万元 (10,000 yuan) with trailing zeros dropped and thousands grouped (26.5亿元, 35,200万元), US dollars in 万,
 * percentages to one decimal, and a lower bound as "余" (520万 given as "500余万元", 33亿 as "30余亿元").
 */
public final class ZoneNumbers {

    /** The unit an amount is written in. */
    public enum Unit {
        YI(new BigDecimal("100000000"), "亿", 4), WAN(new BigDecimal("10000"), "万", 2);

        final BigDecimal size;
        final String word;
        final int decimals;

        Unit(BigDecimal size, String word, int decimals) {
            this.size = size;
            this.word = word;
            this.decimals = decimals;
        }

        /** 亿 from one 亿 up, else 万, as the zone would choose. */
        public static Unit of(BigDecimal amount) {
            return amount.abs().compareTo(YI.size) >= 0 ? YI : WAN;
        }
    }

    private ZoneNumbers() {
    }

    /** 1285000000 → "12.85亿元", in the unit the zone would choose. */
    public static String yuan(BigDecimal amount) {
        return yuan(amount, Unit.of(amount));
    }

    /** 352000000 in 万 → "35,200万元". */
    public static String yuan(BigDecimal amount, Unit unit) {
        return number(amount.divide(unit.size), unit.decimals) + unit.word + "元";
    }

    /** 30000000 → "3,000万美元". */
    public static String usd(BigDecimal amount) {
        return number(amount.divide(Unit.WAN.size), Unit.WAN.decimals) + "万美元";
    }

    /**
     * A figure the source gives as a lower bound: its leading digit kept, the rest as "余" (5,200,000 → "500余万元",
     * 3,300,000,000 → "30余亿元"); a round figure is written as it is (5,000,000 → "500万元").
     */
    public static String over(BigDecimal amount, Unit unit) {
        BigDecimal inUnit = amount.divide(unit.size);
        if (inUnit.signum() <= 0) {
            return yuan(amount, unit);
        }
        int magnitude = inUnit.precision() - inUnit.scale() - 1;
        BigDecimal leading = inUnit.movePointLeft(magnitude).setScale(0, RoundingMode.DOWN).movePointRight(magnitude);
        return leading.compareTo(inUnit) == 0
                ? yuan(amount, unit)
                : number(leading, unit.decimals) + "余" + unit.word + "元";
    }

    /** 48.9 → "48.9%", 40.00 → "40%". */
    public static String percent(BigDecimal value) {
        return number(value, 1) + "%";
    }

    /** A count, an area in 亩 or a volume: 271, 1,250.5. */
    public static String number(BigDecimal value) {
        return number(value, 2);
    }

    private static String number(BigDecimal value, int maxDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
