package org.broadsheet.analysis.dates;

import static org.broadsheet.analysis.dates.TimeWords.COUNT;
import static org.broadsheet.analysis.dates.TimeWords.UNIT;
import static org.broadsheet.analysis.dates.TimeWords.WEEKDAY;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.model.TimexType;

/**
 * Lengths of time and recurring times: "three years" (P3Y), "48 hours" (PT48H), "a 14-hour crossing"
 * (PT14H), "7 1/2 hours" (PT7H30M), "the past three months" (P3M), "for years" (PXY); "every week" (P1W),
 * "daily" (P1D), "twice a month", "on Mondays".
 */
final class DurationRules {
    /** Modifiers TimeML keeps inside a duration's extent ("at least 36 hours", "less than a decade"). */
    private static final String BOUND = "(?:(?i:more\\s+than|less\\s+than|at\\s+least|at\\s+most|up\\s+to"
            + "|fewer\\s+than|no\\s+more\\s+than)\\s+)?";

    private static final Lexicon VAGUE_CONTEXT = Lexicon.load("vague-duration-context");
    private static final Pattern OLD = Pattern.compile("(?:-|\\s+)old(?![\\p{L}])");
    private static final Pattern LAST_VERB = Pattern.compile("(?i)last\\s");
    /** Words after which "last" is the verb: "to last three hours", "will last a week", "could last for days". */
    private static final Lexicon VERB_BEFORE = Lexicon.load("verbs-before-last");

    private static final Map<String, String> ADVERBS = Map.ofEntries(
            Map.entry("daily", "P1D"),
            Map.entry("weekly", "P1W"),
            Map.entry("monthly", "P1M"),
            Map.entry("yearly", "P1Y"),
            Map.entry("annually", "P1Y"),
            Map.entry("hourly", "PT1H"),
            Map.entry("nightly", "P1D"),
            Map.entry("quarterly", "P3M"),
            Map.entry("biweekly", "P2W"),
            Map.entry("semiannually", "P6M"));

    /** Half of a unit, in the next smaller unit. */
    private static final Map<ChronoUnit, String> HALF = Map.of(
            ChronoUnit.MINUTES, "PT30S", ChronoUnit.HOURS, "PT30M", ChronoUnit.DAYS, "PT12H", ChronoUnit.YEARS, "P6M");

    private DurationRules() {}

    static List<Rule> rules() {
        return List.of(
                Rule.of(
                        TimexType.DURATION,
                        TimeWords.UNIT_WORDS,
                        8,
                        BOUND + "(?:(?i:past|last|next|first|coming|previous|following"
                                + "|final|remaining|same)\\s+)?(" + COUNT + ")(?:\\s+(?i:more|additional|extra))?[- ]("
                                + UNIT + ")((?i:\\s+and\\s+a\\s+half))?"
                                + "(?:-(?i:long))?",
                        DurationRules::counted),
                Rule.of(
                        TimexType.DURATION,
                        "half",
                        1,
                        "(?i:(?:a\\s+)?half[- ](?:an?\\s+)?)((?i:minute|hour|day|week|month|year|decade|century))(?![- ]old)",
                        (m, t) -> Meaning.constant(duration(0.5, TimeWords.unit(m.group(1))))),
                Rule.of(
                        TimexType.DURATION,
                        "seconds minutes hours days weeks months years decades centuries",
                        1,
                        "(?:((?i:recent|coming|past|previous))\\s+)?((?i:seconds"
                                + "|minutes|hours|days|weeks|months|years|decades|centuries))",
                        DurationRules::vague),
                Rule.of(
                        TimexType.DURATION,
                        "week month year decade century",
                        1,
                        "(?i:past|previous|coming)\\s+((?i:week|month|year|decade|century))",
                        (m, t) -> Meaning.constant(duration(1.0, TimeWords.unit(m.group(1))))),
                Rule.of(
                        TimexType.DURATION,
                        "long",
                        1,
                        "((?i:day|week|month|year|hour|decade))(s?)-(?i:long)",
                        (m, t) -> Meaning.constant(
                                duration(m.group(2).isEmpty() ? 1.0 : null, TimeWords.unit(m.group(1))))),
                Rule.of(
                        TimexType.SET,
                        "every each",
                        3,
                        "(?i:every|each)\\s+(?:((?i:other))\\s+)?(?:(" + COUNT + ")\\s+)?((?i:" + UNIT
                                + "|morning|afternoon|evening|night|weekend)|" + WEEKDAY + ")",
                        DurationRules::every),
                Rule.of(
                        TimexType.SET,
                        "daily weekly monthly yearly annually hourly nightly quarterly biweekly semiannually",
                        0,
                        "(daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|semiannually)",
                        (m, t) -> Meaning.constant(ADVERBS.get(m.group(1)))),
                Rule.of(
                        TimexType.SET,
                        "once twice times",
                        2,
                        "(?i:once|twice|(?:\\w+\\s+)times)\\s+(?i:a|an|per|each|every)\\s+((?i:hour|day|week|month|year))",
                        (m, t) -> Meaning.constant(duration(1.0, TimeWords.unit(m.group(1))))),
                Rule.of(
                        TimexType.SET,
                        "per",
                        0,
                        "(?i:per)\\s+((?i:hour|day|week|month|year))",
                        (m, t) -> Meaning.constant(duration(1.0, TimeWords.unit(m.group(1))))),
                Rule.of(
                        TimexType.SET,
                        "mondays tuesdays wednesdays thursdays fridays saturdays sundays",
                        0,
                        "(" + WEEKDAY + ")s",
                        (m, t) -> Meaning.constant(
                                "XXXX-WXX-" + TimeWords.weekday(m.group(1)).getValue())));
    }

    private static Meaning counted(Matcher m, String text) {
        String count = m.group(1).toLowerCase(Locale.ROOT);
        String unitWord = m.group(2).toLowerCase(Locale.ROOT);
        if (isAge(text, m.end())) {
            return null;
        }
        if (LAST_VERB.matcher(m.group()).lookingAt() && VERB_BEFORE.contains(Rule.wordBefore(text, m.start()))) {
            return null; // "is expected to last three hours": the verb; the duration is "three hours"
        }
        boolean article = count.equals("a") || count.equals("an");
        if (article
                && (unitWord.equals("second")
                        || unitWord.endsWith("s")
                        || m.group().toLowerCase(Locale.ROOT).endsWith("-long"))) {
            return null; // "a second letter", "a decades-long dispute", "a day-long meeting": the article is the noun's
        }
        Double amount = TimeWords.count(count);
        if (amount != null && m.group(3) != null) {
            amount += 0.5; // "a year and a half"
        }
        int multiple = TimeWords.unitMultiple(unitWord);
        return Meaning.constant(
                duration(amount == null ? null : Double.valueOf(amount * multiple), TimeWords.unit(unitWord)));
    }

    private static Meaning vague(Matcher m, String text) {
        if (m.group(1) == null && !VAGUE_CONTEXT.contains(Rule.wordBefore(text, m.start()))) {
            return null;
        }
        if (isAge(text, m.end())) {
            return null;
        }
        return Meaning.constant(duration(null, TimeWords.unit(m.group(2))));
    }

    /** "37-year-old", "six months old": an age, not a length of time. */
    private static boolean isAge(String text, int end) {
        return OLD.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt();
    }

    private static Meaning every(Matcher m, String text) {
        String what = m.group(3);
        if (what.matches(TimeWords.WEEKDAY)) {
            return Meaning.constant("XXXX-WXX-" + TimeWords.weekday(what).getValue());
        }
        String lower = what.toLowerCase(Locale.ROOT);
        if (lower.equals("weekend")) {
            return Meaning.constant("XXXX-WXX-WE");
        }
        if (lower.matches("morning|afternoon|evening|night")) {
            return Meaning.constant("XXXX-XX-XX"
                    + (lower.equals("morning")
                            ? "TMO"
                            : lower.equals("afternoon") ? "TAF" : lower.equals("evening") ? "TEV" : "TNI"));
        }
        Double amount = m.group(2) == null ? Double.valueOf(1) : TimeWords.count(m.group(2));
        if (amount != null && m.group(1) != null) {
            amount = amount * 2;
        }
        return Meaning.constant(duration(
                amount == null ? null : Double.valueOf(amount * TimeWords.unitMultiple(lower)), TimeWords.unit(lower)));
    }

    /** A TIMEX3 duration value; a null amount is vague ({@code PXY}). */
    static String duration(Double amount, ChronoUnit unit) {
        if (unit == ChronoUnit.DECADES) {
            return duration(amount == null ? null : Double.valueOf(amount * 10), ChronoUnit.YEARS);
        }
        if (unit == ChronoUnit.CENTURIES) {
            return duration(amount == null ? null : Double.valueOf(amount * 100), ChronoUnit.YEARS);
        }
        boolean clock = unit.compareTo(ChronoUnit.DAYS) < 0;
        String letter = letter(unit);
        if (amount == null) {
            return (clock ? "PTX" : "PX") + letter;
        }
        long whole = (long) Math.floor(amount);
        boolean half = amount - whole >= 0.5;
        StringBuilder b = new StringBuilder(clock ? "PT" : "P");
        if (!half) {
            return b.append(whole).append(letter).toString();
        }
        if (whole == 0 && HALF.containsKey(unit)) {
            return HALF.get(unit); // "half an hour" is PT30M, not PT0H30M
        }
        switch (unit) {
            case HOURS:
                return b.append(whole).append("H30M").toString();
            case MINUTES:
                return b.append(whole).append("M30S").toString();
            case DAYS:
                return b.append(whole).append("DT12H").toString();
            case YEARS:
                return b.append(whole).append("Y6M").toString();
            case WEEKS:
                return b.append(whole * 7 + 3).append("DT12H").toString();
            default:
                return b.append(whole).append(".5").append(letter).toString();
        }
    }

    private static String letter(ChronoUnit unit) {
        switch (unit) {
            case SECONDS:
                return "S";
            case MINUTES:
                return "M";
            case HOURS:
                return "H";
            case DAYS:
                return "D";
            case WEEKS:
                return "W";
            case MONTHS:
                return "M";
            default:
                return "Y";
        }
    }
}
