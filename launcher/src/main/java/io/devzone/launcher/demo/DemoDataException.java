package io.devzone.launcher.demo;

/** Demo data that cannot be read or loaded: says which file and which request, and what the service answered. */
public class DemoDataException extends RuntimeException {

    public DemoDataException(String message) {
        super(message);
    }

    public DemoDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
