package io.devzone.land.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts and areas as the database keeps them (two decimals), so views and history show what is stored. */
final class Amounts {

    private Amounts() {
    }

    /** The value at scale 2; inputs are validated to at most two decimals, so nothing is ever rounded. */
    static BigDecimal exact(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
