package org.broadsheet.analysis.dates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.TimexType;

/**
 * One pattern of English time expressions and how to read a match of it. A reading may decline a match
 * (returns null) when the words around it show it is not a time expression.
 */
record Rule(TimexType type, Set<String> triggers, int wordsBefore, Pattern pattern, Reading reading) {
    /** The trigger that stands for any word starting with a digit ("17", "1990s", "10:35"). */
    static final String NUMBER = "#";

    @FunctionalInterface
    interface Reading {
        Meaning read(Matcher match, String text);
    }

    /**
     * A rule whose pattern must start and end at word boundaries. Every match holds one of the trigger
     * words (lower case, space-separated; {@link #NUMBER} for a number) and starts at most
     * {@code wordsBefore} words before it, so the finder only tries the pattern at those few places.
     */
    static Rule of(TimexType type, String triggers, int wordsBefore, String regex, Reading reading) {
        return new Rule(
                type,
                Set.of(triggers.split(" ")),
                wordsBefore,
                Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}\\d])"),
                reading);
    }

    /**
     * A reading for words that are time expressions only in lower case or at the start of a sentence:
     * it declines them inside a name ("USA Today", "CBS This Morning") and as the first half of a compound
     * ("present-day", "future-proof").
     */
    static Reading notInName(Reading reading) {
        return (m, text) -> {
            if (m.end() + 1 < text.length()
                    && text.charAt(m.end()) == '-'
                    && Character.isLetter(text.charAt(m.end() + 1))) {
                return null;
            }
            return insideName(text, m.start()) ? null : reading.read(m, text);
        };
    }

    private static boolean insideName(String text, int start) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || !Character.isLetter(text.charAt(i))) {
            return false;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return Character.isUpperCase(text.charAt(w));
    }

    /** The lower-case word right before a position, or "" at the start of the text. */
    static String wordBefore(String text, int position) {
        int end = position;
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            if (text.charAt(end - 1) == '\n') {
                return "";
            }
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The text right after a match, up to a few characters, for look-ahead checks. */
    static String after(String text, int position, int length) {
        return text.substring(position, Math.min(text.length(), position + length));
    }
}
