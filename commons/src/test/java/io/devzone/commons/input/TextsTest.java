package io.devzone.commons.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aBlankTextIsNone() {
        assertNull(Texts.orNull(null));
        assertNull(Texts.orNull(""));
        assertNull(Texts.orNull(" \t\u3000\n"));
    }

    @Test
    void aTextIsKeptWithoutSurroundingBlanks() {
        assertEquals("招商 一组", Texts.orNull("  招商 一组\u3000"));
    }
}
