package io.devzone.investment.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as they are stored (NUMERIC(18,2)), so that views and change histories show them alike. */
final class Money {

    private Money() {
    }

    /** The amount with two decimals; inputs carry at most two (Bean Validation), so nothing is rounded. */
    static BigDecimal of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
