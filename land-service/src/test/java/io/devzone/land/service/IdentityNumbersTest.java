package io.devzone.land.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 居民身份证号码 as GB 11643 defines them: 17 digits, then the check character weighed from them (MOD 11-2). */
class IdentityNumbersTest {

    @Test
    void acceptsTheStandardsOwnExamples() {
        assertEquals("11010519491231002X", IdentityNumbers.normalize("11010519491231002X"));
        assertEquals("440524188001010014", IdentityNumbers.normalize("440524188001010014"));
    }

    /** Prefixes worked out by hand, one for each of the eleven check characters (areas 99xxxx do not exist). */
    @ParameterizedTest
    @CsvSource({
            "99000019700101005, 0", "99000019700101018, 1", "99000019700101004, 2", "99000019700101009, 3",
            "99000019700101003, 4", "99000019700101008, 5", "99000019700101002, 6", "99000019700101007, 7",
            "99000019700101001, 8", "99000019700101006, 9", "99000019700101000, X",
            // one digit alone shows its weight: 7 at the first place, 2 at the last
            "10000000000000000, 5", "00000000000000001, X", "00000000000000000, 1" })
    void checkCharacterWeighsEveryDigit(String first17, char check) {
        assertEquals(check, IdentityNumbers.checkCharacter(first17));
        assertEquals(first17 + check, IdentityNumbers.normalize(first17 + check));
    }

    @Test
    void refusesEveryOtherCheckCharacter() {
        String first17 = "11010519491231002";
        assertAll("11010519491231002 takes X only", "0123456789".chars()
                .mapToObj(c -> () -> assertNull(IdentityNumbers.normalize(first17 + (char) c), first17 + (char) c)));
    }

    @Test
    void refusesAnyDigitChanged() {
        // a check character catches every single wrong digit: each weight is non-zero modulo 11
        String valid = "440524188001010014";
        assertAll(IntStream.range(0, 17).mapToObj(i -> () -> {
            char wrong = valid.charAt(i) == '9' ? '0' : (char) (valid.charAt(i) + 1);
            String changed = valid.substring(0, i) + wrong + valid.substring(i + 1);
            assertNull(IdentityNumbers.normalize(changed), changed);
        }));
    }

    @Test
    void storesTheCheckXUpperCaseWithoutSurroundingSpace() {
        assertEquals("11010519491231002X", IdentityNumbers.normalize("11010519491231002x"));
        assertEquals("11010519491231002X", IdentityNumbers.normalize(" 11010519491231002x\t"));
        assertEquals("11010519491231002X", IdentityNumbers.normalize("\u300011010519491231002X\n"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            " ",
            "1101051949123100", // 16 characters
            "11010519491231002", // the 17 digits without their check character
            "11010519491231002X0", // 19 characters
            "110105491231002", // a first-generation 15-digit number: no check character to verify
            "X10105194912310021", // X anywhere but last
            "1101051949123100XX",
            "11010519491231002Y",
            "110105 19491231002X", // separators inside
            "110105-19491231002X",
            "１１０１０５１９４９１２３１００２Ｘ", // full-width digits
            "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", // Arabic-Indic digits
            "1101051949123100\u0000X" }) // a NUL in place of a digit
    void refusesWhatIsNoIdentityNumber(String number) {
        assertNull(IdentityNumbers.normalize(number));
    }
}
