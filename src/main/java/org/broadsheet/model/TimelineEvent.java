package org.broadsheet.model;

import java.util.Objects;

/**
 * One dated event an article reports, for its "Timeline" section: the calendar value of the date
 * ({@code 2017-11-17}, {@code 2017-11}, {@code 2014}, or {@code XXXX-11-17} in an undated article), the span of
 * the time expression in the body, and the sentence that carries it, shortened to plain text.
 */
public record TimelineEvent(String value, int start, int end, String sentence) {
    public TimelineEvent {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad timeline span [" + start + ", " + end + ")");
        }
    }
}
