package io.github.emporion.metrics.attribution;

/**
 * A CSV line (path counts or timed journeys) that cannot be read; the message names the file, if
 * known, and the line, and {@link #lineNumber()} gives the line.
 */
public final class PathCsvException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line number. */
    private final long lineNumber;

    /**
     * Creates the exception.
     *
     * @param lineNumber the 1-based line number in the file
     * @param message what is wrong
     */
    public PathCsvException(long lineNumber, String message) {
        super("line " + lineNumber + ": " + message);
        this.lineNumber = lineNumber;
    }

    /**
     * Creates the exception for a named file.
     *
     * @param source the file name (or another description of the input)
     * @param lineNumber the 1-based line number in the file
     * @param message what is wrong
     */
    public PathCsvException(String source, long lineNumber, String message) {
        super(source + ", line " + lineNumber + ": " + message);
        this.lineNumber = lineNumber;
    }

    /**
     * Returns the 1-based line number of the offending line.
     *
     * @return the line number
     */
    public long lineNumber() {
        return lineNumber;
    }
}
