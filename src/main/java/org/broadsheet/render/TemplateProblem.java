package org.broadsheet.render;

/** A template that does not parse or fails while rendering; {@link #location()} is file:line:column. */
public final class TemplateProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final String location;

    public TemplateProblem(String location, String message) {
        super(message);
        this.location = location;
    }

    public String location() {
        return location;
    }

    public String describe() {
        return location + ": " + getMessage();
    }
}
