package org.broadsheet.analysis.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.broadsheet.analysis.text.Lexicon;

/**
 * The English words time expressions are built from (months, weekdays, number words, units), as
 * regular-expression fragments and as lookups from a matched word to its meaning. Immutable.
 */
final class TimeWords {
    /** Month names and their news abbreviations ("Nov.", "Sept."); abbreviations need their dot. */
    static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)";
    /** Next to a day or a year the abbreviation's dot is optional, as in wire copy ("Nov 23"). */
    static final String MONTH_BY_NUMBER =
            "(?:January|February|March|April|May|June|July|August|September|October|November"
                    + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

    static final String MONTH_FULL =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** Day of month, 1 to 31, with an optional ordinal suffix. */
    static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)";
    /** A four-digit year from 1800 to 2099 not glued to other digits. */
    static final String YEAR = "(?<![\\d$£€.,])(?:1[89]\\d\\d|20\\d\\d)(?![\\d,]\\d|%)";

    static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred|a hundred|a dozen|dozen|several|a few|few|a couple of|couple of|many|a|an)";
    private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
    /** A count: digits ("14", "5 1/2", "2.5"), number words ("twenty-five", "two and a half"). */
    static final String COUNT = "(?i:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s+1/2)?|(?:" + TENS + "[- ]" + UNITS
            + "|" + UNITS + "\\s+hundred|" + NUMBER_WORD + ")(?:\\s+and\\s+a\\s+half)?)";

    static final String UNIT =
            "(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)";
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night)";

    /** Trigger words (see {@link Rule#of}) for rules built on months, weekdays and units. */
    static final String MONTH_WORDS =
            "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec";

    static final String WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday";
    static final String UNIT_WORDS =
            "second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years decade decades century centuries";

    private static final Pattern MONTH_START = Pattern.compile(MONTH_BY_NUMBER);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern COMPOUND = Pattern.compile("[- ]");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    /** Number words and what they count, from {@code lexicon/number-words.txt} ("twenty 20"). */
    private static final Map<String, Integer> NUMBERS = numbers(Lexicon.load("number-words"));

    private static final Map<String, Integer> ORDINALS =
            Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    private TimeWords() {}

    private static Map<String, Integer> numbers(Lexicon lexicon) {
        Map<String, Integer> out = new HashMap<>();
        for (String entry : lexicon.entries()) {
            int space = entry.lastIndexOf(' ');
            out.put(entry.substring(0, space), Integer.valueOf(entry.substring(space + 1)));
        }
        return Map.copyOf(out);
    }

    /** Whether a month name starts at a position ("Oct. 23" after a weekday is a date, not a title). */
    static boolean isMonthStart(String text, int position) {
        return MONTH_START.matcher(text).region(position, text.length()).lookingAt();
    }

    static int month(String word) {
        return MONTHS.get(word.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    static int day(String text) {
        int day = 0;
        for (int i = 0; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            day = day * 10 + (text.charAt(i) - '0');
        }
        return day;
    }

    static Integer ordinal(String word) {
        return ORDINALS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The amount a count names, or null when it is vague ("several", "a few", "many"). Halves count:
     * "5 1/2" is 5.5.
     */
    static Double count(String text) {
        String t = SPACES.matcher(text.toLowerCase(Locale.ROOT).trim())
                .replaceAll(" ")
                .replace(",", "");
        double half = 0;
        if (t.endsWith(" 1/2")) {
            half = 0.5;
            t = t.substring(0, t.length() - 4);
        } else if (t.endsWith(" and a half")) {
            half = 0.5;
            t = t.substring(0, t.length() - 11);
        }
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t) + half;
        }
        Integer whole = NUMBERS.get(t);
        if (whole == null) {
            String[] parts = COMPOUND.split(t);
            if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1])) {
                int a = NUMBERS.get(parts[0]);
                int b = NUMBERS.get(parts[1]);
                whole = b == 100 || b == 12 ? a * b : a + b;
            }
        }
        return whole == null ? null : Double.valueOf(whole + half);
    }

    /** How many of its unit a unit word stands for: a fortnight is two weeks. */
    static int unitMultiple(String word) {
        return word.toLowerCase(Locale.ROOT).startsWith("fortnight") ? 2 : 1;
    }

    /** Roughly how many years an amount of a unit is: enough to tell a date from geological time. */
    static double years(double amount, ChronoUnit unit) {
        return amount
                * unit.getDuration().getSeconds()
                / ChronoUnit.YEARS.getDuration().getSeconds();
    }

    /** The unit a unit word names; "decade" and "century" keep their own chrono units. */
    static ChronoUnit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("second")) {
            return ChronoUnit.SECONDS;
        } else if (w.startsWith("minute")) {
            return ChronoUnit.MINUTES;
        } else if (w.startsWith("hour")) {
            return ChronoUnit.HOURS;
        } else if (w.startsWith("day")) {
            return ChronoUnit.DAYS;
        } else if (w.startsWith("week") || w.startsWith("fortnight")) {
            return ChronoUnit.WEEKS;
        } else if (w.startsWith("month")) {
            return ChronoUnit.MONTHS;
        } else if (w.startsWith("year")) {
            return ChronoUnit.YEARS;
        } else if (w.startsWith("decade")) {
            return ChronoUnit.DECADES;
        }
        return ChronoUnit.CENTURIES;
    }
}
