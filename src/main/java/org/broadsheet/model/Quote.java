package org.broadsheet.model;

import java.util.Objects;

/**
 * A quotation in an article body.
 *
 * @param text           the quoted text including its quotation marks, as it stands in the body
 * @param speaker        the resolved full name of who said it, or null
 * @param speakerMention the span the attribution hangs on ("he", "Ameri", "the minister"), or null
 */
public record Quote(int start, int end, String text, QuoteKind kind, String speaker, Span speakerMention) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
        }
    }
}
