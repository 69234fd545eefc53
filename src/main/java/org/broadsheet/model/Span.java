package org.broadsheet.model;

import java.util.Objects;

/** A stretch of an article body: end-exclusive offsets into the body text (Java {@code String} indices). */
public record Span(int start, int end, String text) {
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
