package org.broadsheet.analysis.people;

import java.util.List;

/**
 * A capitalised run of words that may name a person, split into its title part and its name part:
 * "Iraqi Prime Minister Haider al-Abadi" has role "Iraqi Prime Minister" and name words
 * ["Haider", "al-Abadi"]. Offsets cover the name words only (no title, no possessive).
 *
 * @param role     the title or role the text puts before the name, or null
 * @param titled   whether a title, honorific or role noun introduces the name
 * @param honorific "Mr", "Mrs", "Ms", ... when one stands before the name, else null
 * @param speaks   whether the run is the subject of a speech verb ("Ameri said", "X, who ..., said")
 * @param initial  whether the run opens a sentence, where any word is capitalised
 * @param company  whether a company's ending follows the name ("Marlow & Co.", "Marlow Inc."): a firm's name
 * @param thing    whether the name follows "the" with no title ("the Marrow Doctrine"): a thing named after
 *                 someone, which may be a mention of a person named elsewhere but gives no page of its own
 */
record NameRun(
        int start,
        int end,
        List<String> words,
        String role,
        boolean titled,
        String honorific,
        boolean speaks,
        boolean initial,
        boolean company,
        boolean thing) {
    NameRun {
        words = List.copyOf(words);
    }

    String text() {
        return String.join(" ", words);
    }

    String last() {
        return words.get(words.size() - 1);
    }

    String first() {
        return words.get(0);
    }
}
