package org.broadsheet.analysis.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: "BAGHDAD, Nov. 23 (Reuters) -", "NAIROBI, Kenya (AP) _",
 * "GENEVA, June 4, 2003 (Xinhua) --". It names where the story was filed and often when.
 *
 * @param start    offset of the dateline in the body
 * @param end      end of the dateline, after its dash
 * @param place    the place as a reader writes it ("Nairobi, Kenya")
 * @param date     the full date, only when the dateline gives a year
 * @param monthDay the month and day, whenever the dateline gives them
 */
public record Dateline(int start, int end, String place, LocalDate date, MonthDay monthDay) {
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final Pattern DATELINE =
            Pattern.compile("^\\s*(?<city>[A-Z][A-Z.'\\u2019-]*(?:\\s+[A-Z][A-Z.'\\u2019-]*)*[A-Z.])"
                    + "(?:,\\s+(?<region>[A-Z][\\p{L}.'\\u2019-]*(?:\\s+[A-Z][\\p{L}.'\\u2019-]*)*))?"
                    + "(?:,\\s+(?<date>" + MONTH + "\\s+(?<day>[0-3]?\\d)(?:,?\\s+(?<year>(?:19|20)\\d\\d))?))?"
                    + "\\s*(?<agency>\\([^)\\n]{1,40}\\)|/[^/\\n]{1,40}/)?"
                    + "\\s*(?<dash>--|\\u2014|\\u2013|-|_)(?=\\s)");

    /** Finds the dateline at the start of an article body, if it has one. */
    public static Optional<Dateline> find(String bodyText) {
        Matcher m = DATELINE.matcher(bodyText);
        if (!m.lookingAt() || m.group("city").replaceAll("[^A-Z]", "").length() < 2) {
            return Optional.empty();
        }
        if (m.group("date") == null
                && m.group("agency") == null
                && m.group("dash").equals("-")) {
            return Optional.empty();
        }
        String place = titleCase(m.group("city")) + (m.group("region") == null ? "" : ", " + m.group("region"));
        MonthDay monthDay = null;
        LocalDate date = null;
        if (m.group("date") != null) {
            try {
                int month = TimeWords.month(m.group("month"));
                monthDay = MonthDay.of(month, Integer.parseInt(m.group("day")));
                if (m.group("year") != null) {
                    date = monthDay.atYear(Integer.parseInt(m.group("year")));
                }
            } catch (DateTimeException e) {
                monthDay = null;
            }
        }
        int start = m.start("city");
        return Optional.of(new Dateline(start, m.end(), place, date, monthDay));
    }

    private static String titleCase(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean wordStart = true;
        for (char c : caps.toCharArray()) {
            b.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
