package io.devzone.land.service;

import java.util.Locale;

/** 居民身份证号码 (GB 11643): 17 digits and a check character (0–9 or X) computed from them. */
public final class IdentityNumbers {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private IdentityNumbers() {
    }

    /** The number as stored (upper-case X), or null when it is not a valid identity number. */
    public static String normalize(String number) {
        if (number == null) {
            return null;
        }
        String n = number.strip().toUpperCase(Locale.ROOT);
        if (!n.matches("\\d{17}[\\dX]")) {
            return null;
        }
        return checkCharacter(n.substring(0, 17)) == n.charAt(17) ? n : null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
