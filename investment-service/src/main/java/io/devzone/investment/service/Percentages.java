package io.devzone.investment.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The work summary's and the targets' percentages: rounded to one decimal, null where there is nothing to compare
 * with.
 */
final class Percentages {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Percentages() {
    }

    /** 同比增长: how much {@code now} is above (or below) {@code before}, in percent of it. */
    static BigDecimal growth(BigDecimal now, BigDecimal before) {
        return of(now.subtract(before), before);
    }

    /** {@code part} in percent of {@code whole}. */
    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
