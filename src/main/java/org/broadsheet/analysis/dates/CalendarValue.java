package org.broadsheet.analysis.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar year, month or day whose year may be unknown: the values TIMEX3 writes as {@code 2017},
 * {@code 2017-11}, {@code 2017-11-17}, {@code XXXX-11-17}. Arithmetic on a day of an unknown year runs in
 * a leap proxy year (so every month-day exists) and keeps the year unknown.
 *
 * @param year  null when unknown
 * @param month null for a year
 * @param day   null for a year or a month
 */
record CalendarValue(Integer year, Integer month, Integer day) {
    private static final int PROXY_YEAR = 2000;
    private static final Pattern FORM = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?");

    CalendarValue {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
    }

    static CalendarValue of(LocalDate date) {
        return new CalendarValue(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses a calendar value; null for anything else (P3Y, PRESENT_REF, 2017-W47, times). */
    static CalendarValue parse(String value) {
        Matcher m = FORM.matcher(value);
        if (!m.matches() || (m.group(1).equals("XXXX") && m.group(2) == null)) {
            return null;
        }
        Integer year = m.group(1).equals("XXXX") ? null : Integer.valueOf(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new CalendarValue(year, month, day);
    }

    boolean isDay() {
        return day != null;
    }

    boolean isFullDay() {
        return day != null && year != null;
    }

    LocalDate toLocalDate() {
        return LocalDate.of(year == null ? PROXY_YEAR : year, month, day);
    }

    CalendarValue plus(long amount, ChronoUnit unit) {
        if (unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS) {
            if (day == null) {
                return this;
            }
            return withYearKnown(toLocalDate().plus(amount, unit), year != null);
        }
        if (unit == ChronoUnit.MONTHS && month != null) {
            LocalDate first =
                    LocalDate.of(year == null ? PROXY_YEAR : year, month, 1).plusMonths(amount);
            return new CalendarValue(
                    year == null ? null : Integer.valueOf(first.getYear()),
                    first.getMonthValue(),
                    day == null ? null : Integer.valueOf(Math.min(day, first.lengthOfMonth())));
        }
        if (unit == ChronoUnit.YEARS || unit == ChronoUnit.MONTHS) {
            long years = unit == ChronoUnit.YEARS ? amount : amount / 12;
            return new CalendarValue(
                    year == null ? null : Integer.valueOf((int) (year + years)),
                    month,
                    month != null && day != null && month == 2 && day == 29 ? Integer.valueOf(28) : day);
        }
        if (unit == ChronoUnit.DECADES) {
            return plus(amount * 10, ChronoUnit.YEARS);
        }
        return this;
    }

    private static CalendarValue withYearKnown(LocalDate date, boolean yearKnown) {
        return new CalendarValue(yearKnown ? date.getYear() : null, date.getMonthValue(), date.getDayOfMonth());
    }

    CalendarValue yearOnly() {
        return new CalendarValue(year, null, null);
    }

    CalendarValue monthOnly() {
        return new CalendarValue(year, month, null);
    }

    /**
     * The ISO week holding this day, as the TimeML corpora write it: {@code 2017-W47}, {@code 2000-W7} (the
     * week number unpadded), or {@code XXXX-WXX}.
     */
    String isoWeek() {
        if (!isFullDay()) {
            return "XXXX-WXX";
        }
        LocalDate d = toLocalDate();
        return pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    DayOfWeek dayOfWeek() {
        return isFullDay() ? toLocalDate().getDayOfWeek() : null;
    }

    String value() {
        StringBuilder b = new StringBuilder(year == null ? "XXXX" : pad(year, 4));
        if (month != null) {
            b.append('-').append(pad(month, 2));
        }
        if (day != null) {
            b.append('-').append(pad(day, 2));
        }
        return b.toString();
    }

    /** A number left-padded with zeros to a width ("07"); cheaper than String.format on every value. */
    static String pad(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    @Override
    public String toString() {
        return value();
    }
}
