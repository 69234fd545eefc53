package org.broadsheet.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** ISO 8601 dates and date-times as front matter writes them, reduced to the calendar day. */
final class IsoDates {
    private IsoDates() {}

    static LocalDate parse(String s) {
        String v = s.strip().replace(' ', 'T');
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(v).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
