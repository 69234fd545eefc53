package org.broadsheet.analysis.people;

import java.util.Locale;
import java.util.Set;
import org.broadsheet.model.Person;
import org.broadsheet.model.Span;

/**
 * Guesses which pronoun a person takes, from the honorific before a mention ("Mrs. Clinton"), a
 * gendered role word ("congresswoman", "King") or the given name. UNKNOWN when the text does not say.
 */
public final class GenderGuesser {
    private static final Set<String> FEMALE_WORDS = Set.of(
            "mrs",
            "ms",
            "miss",
            "congresswoman",
            "chairwoman",
            "spokeswoman",
            "businesswoman",
            "queen",
            "princess",
            "actress",
            "wife",
            "mother",
            "daughter",
            "sister",
            "councilwoman",
            "first lady",
            "lady",
            "dame",
            "madam",
            "grandmother");
    private static final Set<String> MALE_WORDS = Set.of(
            "mr",
            "congressman",
            "spokesman",
            "businessman",
            "king",
            "prince",
            "husband",
            "father",
            "son",
            "brother",
            "councilman",
            "sir",
            "lord",
            "grandfather",
            "sheikh",
            "ayatollah");

    private static final int MAX_MENTIONS = 30;
    private static final int PRONOUN_WINDOW = 120;

    public Gender guess(Person person, String text) {
        int checked = 0;
        for (Span m : person.mentions()) {
            if (++checked > MAX_MENTIONS) {
                break;
            }
            String before =
                    text.substring(Math.max(0, m.start() - 16), m.start()).toLowerCase(Locale.ROOT);
            Gender g = fromWords(before.replaceAll("[^\\p{L} ]", " ").trim());
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        if (person.role() != null) {
            Gender g = fromWords(person.role().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " "));
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        String[] words = person.name().split(" ");
        Gender byName = words.length > 1 ? GivenNames.gender(words[0]) : Gender.UNKNOWN;
        return byName != Gender.UNKNOWN ? byName : fromPronounsAfter(person, text);
    }

    /**
     * The pronouns that follow the person's mentions within a short stretch: "Trump said ... He
     * added" makes Trump a "he" when no list knows the name. "him" does not count: in "Smith scolded
     * him" it is somebody else ("her" counts: it is mostly the possessive, "Smith said her plan").
     */
    private static Gender fromPronounsAfter(Person person, String text) {
        int male = 0;
        int female = 0;
        int checked = 0;
        for (Span m : person.mentions()) {
            if (++checked > MAX_MENTIONS) {
                break;
            }
            int end = sentenceEnd(text, m.end(), Math.min(text.length(), m.end() + PRONOUN_WINDOW));
            int i = m.end();
            while (i < end) {
                while (i < end && !Character.isLetter(text.charAt(i))) {
                    i++;
                }
                int w = i;
                while (i < end && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(w, i).toLowerCase(Locale.ROOT);
                if (word.equals("he") || word.equals("his")) {
                    male++;
                } else if (word.equals("she") || word.equals("her") || word.equals("hers")) {
                    female++;
                }
            }
        }
        if (male >= 1 && male >= 3 * female) {
            return Gender.MALE;
        }
        return female >= 1 && female >= 3 * male ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** The end of the sentence (or paragraph, or quotation) that starts before {@code from}. */
    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '“'
                    || c == '"'
                    || ((c == '.' || c == '!' || c == '?')
                            && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return limit;
    }

    private static Gender fromWords(String words) {
        String[] ws = words.split("\\s+");
        String last = ws.length == 0 ? "" : ws[ws.length - 1];
        if (FEMALE_WORDS.contains(last)) {
            return Gender.FEMALE;
        }
        if (MALE_WORDS.contains(last)) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }
}
