package io.devzone.commons.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts and areas as the database keeps them (NUMERIC(18,2)), so that views and change histories show what is
 * stored: {@code 1.5} is kept and shown as {@code 1.50}.
 */
public final class Money {

    private Money() {
    }

    /** The value at scale 2 (null stays null); inputs carry at most two decimals (Bean Validation), so nothing is rounded. */
    public static BigDecimal of(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
