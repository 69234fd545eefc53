package org.broadsheet.analysis.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.analysis.text.Token;
import org.broadsheet.model.Span;

/**
 * Rule {@code name.full-name-for-surname}: a surname the article uses alone ("Kovacs said") names the person whose
 * full name the article gives anywhere, even where the people finder reads no name of its own: in a title-case
 * headline ("Ilona Kovacs Opens Her Archive"), inside a long title ("Senate Majority Whip Ilona Kovacs") or
 * inside the name of a show ("The Ilona Kovacs Hour"). The full name is a given name from the lists, perhaps
 * with an initial or a second given name, then the surname. When two given names go with the surname
 * ("Ilona Kovacs", "Peter Kovacs") the surname alone is left as it was. Thread-safe (no state).
 */
final class SurnameFullNames {
    private SurnameFullNames() {}

    /**
     * Gives every surname-only person a full name the text holds, and makes a person of a surname used alone
     * that no person holds yet when neither the surname nor the given name is an ordinary word ("Energy" may just
     * open a sentence, "Town" may belong to a place's name).
     *
     * @param shortForms surname keys ({@link PersonCluster#surnameKey}) of the one-word runs of the article
     */
    static void adopt(String text, List<List<Token>> blocks, Set<String> shortForms, List<PersonCluster> people) {
        Set<String> wanted = new java.util.HashSet<>(shortForms);
        for (PersonCluster c : people) {
            if (c.isFull()) {
                wanted.remove(c.surname());
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, List<NameRun>> found = new LinkedHashMap<>();
        for (List<Token> tokens : blocks) {
            for (int k = 1; k < tokens.size(); k++) {
                String surname = surnameOf(tokens.get(k));
                if (surname != null && wanted.contains(PersonCluster.surnameKey(surname))) {
                    NameRun run = fullNameEndingAt(tokens, k, surname);
                    if (run != null) {
                        found.computeIfAbsent(PersonCluster.surnameKey(surname), s -> new ArrayList<>())
                                .add(run);
                    }
                }
            }
        }
        for (Map.Entry<String, List<NameRun>> e : found.entrySet()) {
            List<NameRun> runs = e.getValue();
            if (runs.stream().map(SurnameFullNames::givenName).distinct().count() != 1) {
                continue; // "Ilona Kovacs" and "Peter Kovacs": the surname alone names neither for sure
            }
            PersonCluster alone = null;
            for (PersonCluster c : people) {
                if (!c.isFull() && c.surname().equals(e.getKey())) {
                    alone = c;
                }
            }
            NameRun first = runs.get(0);
            if (alone == null) {
                if (OrdinaryWords.isOrdinary(first.last()) || OrdinaryWords.isOrdinary(givenName(first))) {
                    continue; // "Energy", "Old Town Manassas": a sentence's or a place's words, for all we know
                }
                alone = new PersonCluster(first);
                people.add(alone);
            }
            alone.absorb(first);
            for (NameRun run : runs) {
                alone.mention(new Span(run.start(), run.end(), text.substring(run.start(), run.end())));
            }
        }
    }

    /** The capitalised word a token holds, without a possessive, when it can be a surname ("Kovacs’s"). */
    private static String surnameOf(Token t) {
        String w = t.text();
        if (w.endsWith("’s") || w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() < 2
                || !Character.isUpperCase(w.charAt(0))
                || w.chars().noneMatch(Character::isLowerCase)
                || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '’' || c == '\'')) {
            return null;
        }
        return w;
    }

    /**
     * "Ilona Kovacs", "Ilona M. Kovacs", "J. Ilona Kovacs", "Ilona Maria Kovacs": a given name (perhaps after an
     * initial, perhaps before an initial or a second given name) right before the surname at {@code k}.
     */
    private static NameRun fullNameEndingAt(List<Token> tokens, int k, String surname) {
        int from = k - 1;
        if (from > 0
                && (isInitial(tokens.get(from))
                        || GivenNames.isGivenName(tokens.get(from).text()))
                && GivenNames.isGivenName(tokens.get(from - 1).text())) {
            from--; // "Ilona M. Kovacs", "Ilona Maria Kovacs"
        }
        if (!GivenNames.isGivenName(tokens.get(from).text())
                || OrdinaryWords.isOrdinary(tokens.get(from).text()) && opensSentence(tokens, from)) {
            return null; // "Will Kovacs attend?": a sentence's first word
        }
        if (from > 0 && isInitial(tokens.get(from - 1))) {
            from--; // "J. Ilona Kovacs"
        }
        for (int i = from; i < k; i++) {
            if (!adjacent(tokens, i)) {
                return null;
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = from; i < k; i++) {
            words.add(tokens.get(i).text());
        }
        words.add(surname);
        if (PersonWords.isNotPerson(words) || PlaceWords.isPlace(words)) {
            return null;
        }
        Token last = tokens.get(k);
        return new NameRun(
                tokens.get(from).start(),
                last.start() + surname.length(),
                words,
                null,
                false,
                null,
                false,
                false,
                false,
                false);
    }

    /** Token {@code i} and the next are words one space apart. */
    private static boolean adjacent(List<Token> tokens, int i) {
        return i + 1 < tokens.size()
                && tokens.get(i).isWord()
                && tokens.get(i + 1).isWord()
                && tokens.get(i + 1).start() == tokens.get(i).end() + 1;
    }

    private static boolean opensSentence(List<Token> tokens, int i) {
        return i == 0 || !tokens.get(i - 1).isWord() && !tokens.get(i - 1).is(",");
    }

    private static boolean isInitial(Token t) {
        String w = t.text();
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private static String givenName(NameRun run) {
        for (String w : run.words()) {
            if (GivenNames.isGivenName(w)) {
                return w;
            }
        }
        return run.first();
    }
}
