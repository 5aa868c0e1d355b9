package io.devzone.launcher;

/** A failure the user can act on: its message is printed as is, without a stack trace. */
public class LauncherException extends RuntimeException {

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
