package org.broadsheet.site;

/**
 * A build that cannot go on; nothing in the output folder was changed.
 *
 * @see #usage() true when the command line itself is wrong (exit status 2), false for bad input (1)
 */
public final class BuildFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean usage;

    public BuildFailure(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }

    public boolean usage() {
        return usage;
    }
}
