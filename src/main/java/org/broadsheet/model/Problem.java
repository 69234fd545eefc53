package org.broadsheet.model;

import java.util.Objects;

/**
 * Something wrong with the input, reported to the user; the build goes on without it.
 *
 * @param location "content/a.md:3" or "templates/article.ftlh:12:5" (file, then line and column where known)
 * @param error    true for errors (exit status 1), false for warnings
 */
public record Problem(String location, String message, boolean error) {
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (error ? "error: " : "warning: ") + location + ": " + message;
    }
}
