package org.broadsheet.model;

import java.util.Objects;

/** Gives an article's body when a page needs it: held in memory, or read again from the article's file. */
@FunctionalInterface
public interface BodySource {
    /**
     * The body text.
     *
     * @throws java.io.UncheckedIOException when the file can no longer be read as it was
     */
    String text();

    /** A body held in memory. */
    static BodySource held(String body) {
        Objects.requireNonNull(body, "body");
        return () -> body;
    }
}
