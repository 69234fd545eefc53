package org.broadsheet.cli;

/** A failure the CLI reports as one line with an exit code (1 content/template, 2 usage). */
public final class BroadsheetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public BroadsheetException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
