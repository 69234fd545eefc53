package org.broadsheet.analysis.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.broadsheet.model.Person;

/**
 * Which of the people an article names get a person page: those whose name reads as one person's full
 * name. The finder has already asked for evidence that a name is a person's (a given name, a title, a role,
 * a speech verb, the surname used alone later); this is what no evidence outweighs:
 * <ul>
 *   <li>{@code page.full-name}: a surname or a title with a surname alone ("Trump", "Ayatollah Khomeini")
 *       names nobody in particular across an archive, so one word never makes a page,
 *       and nor does a surname that opens with a particle ("Le Pen", "De Blasio");</li>
 *   <li>{@code page.organisation}: a word of an institution, body, group or publication
 *       ({@code lexicon/organisation-cues.txt}: "Criminal Appeals", "Greek Orthodox", "Crane Co.");</li>
 *   <li>{@code page.role}: a credit that ends in a job title ({@code lexicon/role-words.txt}: "Managing
 *       Director");</li>
 *   <li>{@code page.initial}: a name cut off after an initial ("George R");</li>
 *   <li>{@code page.phrase}: ordinary English words only, the first no given name ("Blue Jays", "Red Cross",
 *       "Diplomatic Reception Room");</li>
 *   <li>{@code page.capitals}: a word in capitals ("POLITICO Florida") or words run together with no space
 *       ("BassettShareReply").</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class PersonPages {
    private static final Set<String> ORGANISATION_CUES = WordList.load("/lexicon/organisation-cues.txt");
    private static final Set<String> ROLE_WORDS = WordList.load("/lexicon/role-words.txt");

    private PersonPages() {
    }

    /** European surname particles: a name that opens with one is a surname alone ("Le Pen", "De Blasio"). */
    private static final Set<String> SURNAME_PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "le", "la",
            "van", "von", "der", "den", "dos", "das", "ter", "ten");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /** The people of an article that get a page, in the order found. */
    static List<Person> select(List<Person> people) {
        List<Person> out = new ArrayList<>();
        for (Person p : people) {
            if (readsAsName(p.name()) && !dateBeforeSurname(p, people)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Rule {@code page.month}: "In August Trump met ...": a month's name before the surname of someone else the
     * article names is a date, not a given name.
     */
    private static boolean dateBeforeSurname(Person p, List<Person> people) {
        String[] words = p.name().split(" ");
        if (words.length != 2 || !MONTHS.contains(words[0])) {
            return false;
        }
        for (Person other : people) {
            if (other != p && other.name().endsWith(" " + words[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name (of a person found, or of a quote's speaker) reads as one person's full name: two to five
     * words, none of them an organisation cue, not ending in a role word or an initial, no word in capitals
     * and none glued to the next.
     */
    public static boolean readsAsName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        if (SURNAME_PARTICLES.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String last = bare(words[words.length - 1]);
        if (ROLE_WORDS.contains(last) || last.length() == 1) {
            return false;
        }
        boolean allOrdinary = !GivenNames.isGivenName(words[0]);
        for (String w : words) {
            String bare = bare(w);
            if (ORGANISATION_CUES.contains(bare) || inCapitals(bare) || GluedWords.glued(bare)) {
                return false;
            }
            allOrdinary &= OrdinaryWords.isOrdinary(bare);
        }
        return !allOrdinary;
    }

    private static String bare(String w) {
        return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }

    /** "POLITICO", "WALLACE": three or more capitals and no lower-case letter ("J.R." and "II" stay names). */
    private static boolean inCapitals(String w) {
        int capitals = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return capitals >= 3 && w.indexOf('.') < 0 && !isRoman(w);
    }

    private static boolean isRoman(String w) {
        return w.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X');
    }
}
