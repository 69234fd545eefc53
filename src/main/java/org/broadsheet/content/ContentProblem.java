package org.broadsheet.content;

/** Input that cannot be used as it is: names the file and, where there is one, the line. */
public final class ContentProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    public ContentProblem(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not at a line. */
    public int line() {
        return line;
    }

    /** {@code content/a.md:3: message}, the form compilers use, so editors can jump to it. */
    public String describe() {
        return org.broadsheet.model.Problem.printable(file + (line > 0 ? ":" + line : "") + ": " + getMessage());
    }
}
