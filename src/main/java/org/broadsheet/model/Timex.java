package org.broadsheet.model;

import java.util.Objects;

/**
 * A time expression in an article body with its TIMEX3 value
 * ({@code 2017-11-19}, {@code 2017-11}, {@code P3Y}, {@code PRESENT_REF}, {@code XXXX-10-17}).
 */
public record Timex(int start, int end, String text, TimexType type, String value) {
    public Timex {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad timex span [" + start + ", " + end + ")");
        }
    }

    /** The calendar day, month or year this value names ({@code 2017}, {@code 2017-11}, {@code 2017-11-19}), or null. */
    public String calendarValue() {
        return value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? value : null;
    }
}
