package org.broadsheet.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.people.Gender;
import org.broadsheet.analysis.people.GenderGuesser;
import org.broadsheet.analysis.people.RoleNouns;
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

    /** A point in the text where a person is referred to. */
    private record Reference(int offset, Person person, boolean subject) {
    }

    private static final Set<String> GOVERNING = Set.of("of", "to", "by", "with", "for", "at", "in", "on", "from",
            "about", "against", "than", "like", "into", "over", "toward", "between", "among", "before", "after");

    private final String text;
    private final List<Person> people;
    private final List<Gender> genders = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    SpeakerResolver(String text, List<Person> people, GenderGuesser guesser) {
        this.text = text;
        this.people = people;
        for (Person p : people) {
            genders.add(guesser.guess(p, text));
            for (Span m : p.mentions()) {
                references.add(new Reference(m.start(), p, isSubject(m)));
            }
        }
    }

    /** Records a description ("The Iraqi commander further urged ...") as a reference if it resolves. */
    void noteDescription(Span description) {
        Person p = byRole(description);
        if (p != null) {
            references.add(new Reference(description.start(), p, true));
        }
    }

    String resolve(Span mention) {
        String words = mention.text().trim();
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.equals("he") || lower.equals("she") || lower.startsWith("he’") || lower.startsWith("she’")
                || lower.startsWith("he'") || lower.startsWith("she'")) {
            return byPronoun(mention.start(), lower.startsWith("she") ? Gender.FEMALE : Gender.MALE);
        }
        for (Person p : people) {
            for (Span m : p.mentions()) {
                if (m.overlaps(mention.start(), mention.end())) {
                    return p.name();
                }
            }
        }
        if (Character.isLowerCase(words.charAt(0)) || lower.startsWith("the ") || lower.startsWith("a ")) {
            Person p = byRole(mention);
            if (p != null) {
                return p.name();
            }
            if (Character.isLowerCase(words.charAt(0)) || !hasCapitalAfterFirst(words)) {
                return null;
            }
        }
        if (NounPhrases.PRONOUNS.contains(lower)) {
            return null;
        }
        return cleanName(words);
    }

    /** The most recent subject the pronoun agrees with; failing that, the most recent mention. */
    private String byPronoun(int offset, Gender gender) {
        Reference best = null;
        Reference bestSubject = null;
        for (Reference r : references) {
            if (r.offset() >= offset || !gender.agreesWith(genders.get(people.indexOf(r.person())))) {
                continue;
            }
            if (best == null || r.offset() > best.offset()) {
                best = r;
            }
            if (r.subject() && (bestSubject == null || r.offset() > bestSubject.offset())) {
                bestSubject = r;
            }
        }
        Reference chosen = bestSubject != null ? bestSubject : best;
        return chosen == null ? null : chosen.person().name();
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
        boolean followed = e < text.length() && (text.charAt(e) == ',' || text.charAt(e) == '('
                || Character.isLowerCase(text.charAt(e)));
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
        Person best = null;
        int bestOffset = -1;
        for (Reference r : references) {
            String role = r.person().role();
            if (r.offset() < description.start() && r.offset() > bestOffset && role != null
                    && role.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + java.util.regex.Pattern.quote(head) + "\\b.*")) {
                best = r.person();
                bestOffset = r.offset();
            }
        }
        return best;
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
        String s = words.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("[’']s$", "").trim();
        for (String h : HONORIFICS) {
            if (s.startsWith(h + " ")) {
                s = s.substring(h.length() + 1);
            }
        }
        return s.isEmpty() ? null : s;
    }
}
