package org.broadsheet.analysis.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * What one time expression resolves against: the publication date (full, year-less from a dateline,
 * or absent), the dates mentioned before it in the narrative, and the tense of its clause.
 */
final class Anchors {
    /** Days a year-less date counts as farther away when it lies against the tense of its clause. */
    private static final int WRONG_WAY = 200;
    /** As {@link #WRONG_WAY} for a date ahead when the past-tense verb it hangs on comes just before it: more than a year. */
    private static final int PAST_VERB = 400;

    private final CalendarValue publication;
    private final Narrative narrative;
    private final Supplier<Tense> tenseOfClause;
    private Tense tense;

    /** The tense is only worked out when a reading asks for it. */
    Anchors(CalendarValue publication, Narrative narrative, Supplier<Tense> tenseOfClause) {
        this.publication = publication;
        this.narrative = narrative;
        this.tenseOfClause = tenseOfClause;
    }

    /** The publication day; null in an undated article. May have an unknown year (a dateline without one). */
    CalendarValue publication() {
        return publication;
    }

    Tense tense() {
        if (tense == null) {
            tense = tenseOfClause.get();
        }
        return tense;
    }

    /** The anchor for "two days later" or "the next day": the last day mentioned, else the publication date. */
    CalendarValue narrativeDay() {
        return narrative.lastDay() != null ? narrative.lastDay() : publication;
    }

    /** A day of the week "that week" or "a week later" counts from: the week last named, else the narrative's day. */
    CalendarValue narrativeWeekDay() {
        return narrative.latestWeek() != null ? narrative.latestWeek() : narrativeDay();
    }

    /** Whether the narrative's latest mention was a whole week ("last week"), so weeks count from it as weeks. */
    boolean narrativeAtWeek() {
        return narrative.latestWeek() != null;
    }

    /**
     * The month the narrative last named when it named no day since ("The protest began last October. That
     * same day, ..."): a day counted from it is a day of that month, which one unknown. Null otherwise.
     */
    CalendarValue narrativeMonthWithoutDay() {
        return narrative.monthSinceLastDay();
    }

    CalendarValue narrativeMonth() {
        if (narrative.lastMonth() != null) {
            return narrative.lastMonth();
        }
        return publication == null ? null : publication.monthOnly();
    }

    CalendarValue narrativeYear() {
        if (narrative.lastYear() != null) {
            return narrative.lastYear();
        }
        return publication == null || publication.year() == null ? null : publication.yearOnly();
    }

    /**
     * A month-day or month without a year ("November 17", "in April"): of the years around the publication
     * date, the one that puts it nearest, counting a date on the wrong side of the tense (ahead in a past or
     * tense-less clause, behind in a future one) as {@value #WRONG_WAY} days farther, and a date ahead of a
     * past verb it hangs on ("released in December") as {@value #PAST_VERB} days farther, so that it always
     * lies before. In an undated article the year stays unknown.
     */
    CalendarValue yearless(int month, Integer day) {
        return yearless(month, day, false);
    }

    /** As {@link #yearless(int, Integer)}; {@code past} when the words say so ("since January"): never after the publication date. */
    CalendarValue yearless(int month, Integer day, boolean past) {
        if (publication == null || publication.year() == null) {
            return new CalendarValue(null, month, day);
        }
        LocalDate dct = publication.toLocalDate();
        int best = dct.getYear();
        long bestScore = Long.MAX_VALUE;
        for (int year = dct.getYear() - 1; year <= dct.getYear() + 1; year++) {
            LocalDate from = LocalDate.of(year, month, day == null ? 1 : Math.min(day, 28));
            LocalDate to = day == null ? from.plusMonths(1).minusDays(1) : from;
            long score;
            if (!to.isBefore(dct) && !from.isAfter(dct)) {
                score = 0;
            } else if (to.isBefore(dct)) {
                score = ChronoUnit.DAYS.between(to, dct) + (tense() == Tense.FUTURE ? WRONG_WAY : 0);
            } else {
                score = ChronoUnit.DAYS.between(dct, from)
                        + (past ? 1000 : tense() == Tense.FUTURE ? 0 : tense() == Tense.PAST ? PAST_VERB : WRONG_WAY);
            }
            if (score < bestScore) {
                bestScore = score;
                best = year;
            }
        }
        return new CalendarValue(
                best,
                month,
                day == null
                        ? null
                        : Integer.valueOf(
                                Math.min(day, LocalDate.of(best, month, 1).lengthOfMonth())));
    }

    /**
     * A weekday: the publication day itself when it falls on it, else the nearest one before it (or
     * after it when the clause speaks of the future). {@code shift} -1 is "last Friday", +1 "next Friday".
     */
    String weekday(DayOfWeek weekday, int shift) {
        return weekday(weekday, shift, false);
    }

    /** As {@link #weekday(DayOfWeek, int)}, taking the past whatever the tense when {@code past} is set. */
    String weekday(DayOfWeek weekday, int shift, boolean past) {
        if (publication == null || !publication.isFullDay()) {
            return "XXXX-WXX-" + weekday.getValue();
        }
        LocalDate dct = publication.toLocalDate();
        int delta = weekday.getValue() - dct.getDayOfWeek().getValue();
        if (shift < 0) {
            delta = delta < 0 ? delta : delta - 7;
        } else if (shift > 0) {
            delta = delta > 0 ? delta : delta + 7;
        } else if (delta != 0) {
            boolean future = !past && tense() == Tense.FUTURE;
            if (future && delta < 0) {
                delta += 7;
            } else if (!future && delta > 0) {
                delta -= 7;
            }
        }
        return CalendarValue.of(dct.plusDays(delta)).value();
    }

    /** A weekday that is still to come ("ahead of Sunday's vote"): the publication day itself or the next one. */
    String weekdayAhead(DayOfWeek weekday) {
        if (publication == null || !publication.isFullDay()) {
            return "XXXX-WXX-" + weekday.getValue();
        }
        LocalDate dct = publication.toLocalDate();
        return CalendarValue.of(dct.plusDays(
                        Math.floorMod(weekday.getValue() - dct.getDayOfWeek().getValue(), 7)))
                .value();
    }

    /**
     * The weekday nearest the publication day, before or after it ("ahead of Sunday's vote": the vote was still
     * to come when the clause happened, which itself may lie before or after the publication date).
     */
    String weekdayNearest(DayOfWeek weekday) {
        if (publication == null || !publication.isFullDay()) {
            return "XXXX-WXX-" + weekday.getValue();
        }
        LocalDate dct = publication.toLocalDate();
        int delta = Math.floorMod(weekday.getValue() - dct.getDayOfWeek().getValue(), 7);
        return CalendarValue.of(dct.plusDays(delta > 3 ? delta - 7 : delta)).value();
    }

    /** A date moved by an amount, at the granularity of the unit ("last month" from 2017-11-23 is 2017-10). */
    static String shifted(CalendarValue base, long amount, ChronoUnit unit) {
        if (base == null) {
            return unit == ChronoUnit.YEARS || unit == ChronoUnit.DECADES
                    ? "XXXX"
                    : unit == ChronoUnit.MONTHS ? "XXXX-XX" : unit == ChronoUnit.WEEKS ? "XXXX-WXX" : "XXXX-XX-XX";
        }
        switch (unit) {
            case DAYS:
                return base.isDay() ? base.plus(amount, unit).value() : base.value();
            case WEEKS:
                return base.isDay() ? base.plus(amount, unit).isoWeek() : base.value();
            case MONTHS:
                return base.month() == null
                        ? base.value()
                        : base.plus(amount, unit).monthOnly().value();
            case YEARS:
                return base.year() == null
                        ? "XXXX"
                        : base.plus(amount, unit).yearOnly().value();
            case DECADES:
                return base.year() == null ? "XXX" : String.valueOf((base.year() + 10 * amount) / 10) + "X";
            case CENTURIES:
                return base.year() == null ? "XX" : String.valueOf((base.year() + 100 * amount) / 100);
            default:
                return base.value();
        }
    }
}
