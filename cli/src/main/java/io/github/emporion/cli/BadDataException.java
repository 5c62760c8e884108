package io.github.emporion.cli;

/**
 * Bad input data (as opposed to bad command-line usage): the command exits with status 1 and
 * prints the message, which names the file and line or the JSON Pointer of the problem.
 */
public final class BadDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where, e.g. {@code "paths.csv line 12: conversions must be >= 0: -3"}
     */
    public BadDataException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying error
     */
    public BadDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
