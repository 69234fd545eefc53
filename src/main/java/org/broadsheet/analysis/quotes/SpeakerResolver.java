package org.broadsheet.analysis.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.broadsheet.analysis.people.Gender;
import org.broadsheet.analysis.people.GenderGuesser;
import org.broadsheet.analysis.people.RoleNouns;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.model.Person;
import org.broadsheet.model.Span;

/**
 * Turns the mention an attribution hangs on into the full name of who spoke, for one article: a
 * name or surname to the person it names ("Ameri" to "Hadi al-Ameri"), a description ("the Iraqi
 * commander") to the person whose role has its head noun, and "he"/"she" to the most recently
 * mentioned person the pronoun can refer to. Descriptions it resolves count as mentions for later
 * pronouns. Organisations keep their own name ("PolitiFact"); "they", "I" and unknown descriptions
 * give null.
 */
final class SpeakerResolver {
    private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Miss", "Sen.", "Rep.", "Gov.");
    private static final Lexicon ADVERBS = Lexicon.load("sentence-adverbs");
    private static final Lexicon DETERMINERS = Lexicon.load("determiners");
    private static final Lexicon GOVERNING = Lexicon.load("prepositions");

    /** A point in the text where a person is referred to. */
    private record Reference(int offset, int end, Person person, Gender gender, boolean subject) {}

    private final String text;
    private final Map<String, Gender> genderOf = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private boolean sorted;
    private Set<String> commonWords;

    SpeakerResolver(String text, List<Person> people, GenderGuesser guesser) {
        this.text = text;
        for (Person p : people) {
            Gender g = guesser.guess(p, text);
            genderOf.put(p.name(), g);
            for (Span m : p.mentions()) {
                references.add(new Reference(m.start(), m.end(), p, g, isSubject(m)));
            }
        }
    }

    /** Records a description ("The Iraqi commander further urged ...") as a reference if it resolves. */
    void noteDescription(Span description) {
        Person p = byRole(description);
        if (p != null) {
            references.add(new Reference(
                    description.start(),
                    description.start(),
                    p,
                    genderOf.getOrDefault(p.name(), Gender.UNKNOWN),
                    true)); // zero width: never a name match
            sorted = false;
        }
    }

    /** Index just past the last reference before {@code offset}; sorts the references when needed. */
    private int referencesBefore(int offset) {
        if (!sorted) {
            references.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
            sorted = true;
        }
        int lo = 0;
        int hi = references.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (references.get(mid).offset() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    String resolve(Span full) {
        Span mention = head(full);
        String words = mention.text().trim();
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.equals("he")
                || lower.equals("she")
                || lower.startsWith("he’")
                || lower.startsWith("she’")
                || lower.startsWith("he'")
                || lower.startsWith("she'")
                || lower.equals("his")
                || lower.equals("her")) {
            boolean female = lower.startsWith("she") || lower.equals("her");
            return byPronoun(mention.start(), female ? Gender.FEMALE : Gender.MALE);
        }
        Person named = personOverlapping(mention);
        if (named != null) {
            return named.name();
        }
        String[] ws = words.split("\\s+");
        boolean lowerWord = false;
        for (int i = 1; i < ws.length; i++) {
            lowerWord |= Character.isLowerCase(ws[i].charAt(0)) && !GOVERNING.contains(ws[i]);
        }
        boolean description = Character.isLowerCase(words.charAt(0))
                || DETERMINERS.contains(ws[0].toLowerCase(Locale.ROOT))
                || Character.isLowerCase(ws[ws.length - 1].charAt(0));
        if (description) {
            Person p = byRole(mention);
            if (p != null) {
                return p.name();
            }
            if (Character.isLowerCase(words.charAt(0)) || !hasCapitalAfterFirst(words) || lowerWord) {
                return null; // "the New York businessman", "his campaign aides": nobody named
            }
        }
        if (NounPhrases.PRONOUNS.contains(lower) || NounPhrases.isContractedPronoun(lower)) {
            return null; // "they", "It’s": nobody by name
        }
        if (ws.length == 1 && (isCommonWord(ws[0]) || ws[0].endsWith("ly"))) {
            return null; // "Instead", "Conversely": capitalised only by position
        }
        int from = 0;
        while (from < ws.length - 1 && (ADVERBS.contains(ws[from]) || ws[from].endsWith("ly"))) {
            from++; // "Even Canada": the adverb is not part of the name
        }
        return cleanName(String.join(" ", Arrays.copyOfRange(ws, from, ws.length)));
    }

    /**
     * The mention without what a preposition attaches to its lower-case head noun: "a spokesman for
     * Smith" is a spokesman, not Smith. Names keep theirs: "Secretary of State Jane Smith", "Smith of Ohio".
     * After a possessive a person noun is the head: "Smith’s niece" is not Smith (but "Smith’s brief" is).
     */
    private static Span head(Span mention) {
        String t = mention.text();
        int possessive = Math.max(t.lastIndexOf("’s "), t.lastIndexOf("'s "));
        if (possessive > 0
                && possessive + 3 < t.length()
                && Character.isLowerCase(t.charAt(possessive + 3))
                && isPersonNoun(t.substring(t.lastIndexOf(' ') + 1))) {
            int from = possessive + 3; // "Smith’s niece" is the niece; "Smith’s brief" speaks for Smith
            return new Span(mention.start() + from, mention.end(), t.substring(from));
        }
        int at = 0;
        while (true) {
            int space = t.indexOf(' ', at);
            if (space < 0) {
                return mention;
            }
            int next = t.indexOf(' ', space + 1);
            String word = next < 0 ? t.substring(space + 1) : t.substring(space + 1, next);
            if (GOVERNING.contains(word) && Character.isLowerCase(t.charAt(at)) && phraseFollows(t, next)) {
                return new Span(mention.start(), mention.start() + space, t.substring(0, space));
            }
            at = space + 1;
        }
    }

    /** A name or a determiner after the preposition: "for Jane Smith", "of the party"; not "chief of detectives X". */
    private static boolean phraseFollows(String t, int after) {
        if (after < 0) {
            return false;
        }
        int end = t.indexOf(' ', after + 1);
        String word = end < 0 ? t.substring(after + 1) : t.substring(after + 1, end);
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || DETERMINERS.contains(word));
    }

    private static boolean isPersonNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return RoleNouns.isRoleNoun(w)
                || (w.endsWith("s")
                        && !w.endsWith("ss")
                        && w.length() > 4
                        && RoleNouns.isRoleNoun(w.substring(0, w.length() - 1)));
    }

    /** The person with a mention overlapping the span: person mentions are disjoint, so search by start. */
    private Person personOverlapping(Span span) {
        int i = referencesBefore(span.end());
        for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
            Reference r = references.get(k);
            if (r.end() > span.start()) {
                return r.person();
            }
        }
        return null;
    }

    /** The most recent subject the pronoun agrees with; failing that, the most recent mention. */
    private String byPronoun(int offset, Gender gender) {
        Reference best = null;
        for (int i = referencesBefore(offset) - 1; i >= 0; i--) {
            Reference r = references.get(i);
            if (!gender.agreesWith(r.gender())) {
                continue;
            }
            if (r.subject()) {
                return r.person().name();
            }
            if (best == null) {
                best = r;
            }
        }
        return best == null ? null : best.person().name();
    }

    /** A mention followed by a verb or an appositive and not governed by a preposition or a possessive. */
    private boolean isSubject(Span m) {
        int e = m.end();
        if (e < text.length() && (text.charAt(e) == '’' || text.charAt(e) == '\'')) {
            return false;
        }
        while (e < text.length() && Character.isSpaceChar(text.charAt(e))) {
            e++;
        }
        boolean followed = e < text.length()
                && (text.charAt(e) == ',' || text.charAt(e) == '(' || Character.isLowerCase(text.charAt(e)));
        int b = m.start();
        while (b > 0 && Character.isSpaceChar(text.charAt(b - 1))) {
            b--;
        }
        int w = b;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return followed && !GOVERNING.contains(text.substring(w, b).toLowerCase(Locale.ROOT));
    }

    /** The most recently mentioned person whose role contains the description's head noun. */
    private Person byRole(Span description) {
        String[] words = description.text().toLowerCase(Locale.ROOT).split("[\\s,]+");
        String head = null;
        for (String w : words) {
            if (RoleNouns.isRoleNoun(w)) {
                head = w;
            }
        }
        if (head == null) {
            return null;
        }
        for (int i = referencesBefore(description.start()) - 1; i >= 0; i--) {
            String role = references.get(i).person().role();
            if (role != null && containsWord(role.toLowerCase(Locale.ROOT), head)) {
                return references.get(i).person();
            }
        }
        return null;
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            if (startOk && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A word the article also writes in lower case ("Instead", "Even"): capitalised only by position. */
    private boolean isCommonWord(String w) {
        if (commonWords == null) {
            commonWords = new HashSet<>();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (i > start && Character.isLowerCase(text.charAt(start))) {
                    commonWords.add(text.substring(start, i));
                }
            }
        }
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && commonWords.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean hasCapitalAfterFirst(String words) {
        String[] ws = words.split("\\s+");
        for (int i = 1; i < ws.length; i++) {
            if (Character.isUpperCase(ws[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** An unresolved name as a speaker: no honorific, no parenthesised party tag, no possessive. */
    private static String cleanName(String words) {
        String s =
                words.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("[’']s$", "").trim();
        for (String h : HONORIFICS) {
            if (s.startsWith(h + " ")) {
                s = s.substring(h.length() + 1);
            }
        }
        return s.isEmpty() ? null : s;
    }
}
