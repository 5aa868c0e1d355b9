package io.devzone.commons.input;

/** Free texts as they are stored: without surrounding blanks, and an empty or blank text as none (null). */
public final class Texts {

    private Texts() {
    }

    /** The text stripped, or null when it is null or blank. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
