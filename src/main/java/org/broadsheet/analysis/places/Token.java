package org.broadsheet.analysis.places;

/**
 * A word of the article body as the place recogniser sees it.
 *
 * @param start          offset of the first character
 * @param end            end of the word without a possessive ending ("Iraq" in "Iraq’s")
 * @param possessive     the word carried "’s" or "'s"
 * @param capitalised    starts with an upper-case letter
 * @param allCaps        every letter is upper case ("US", "BAGHDAD")
 * @param sentenceStart  first word of a sentence, heading or paragraph
 * @param headline       inside a sentence written in title case, where capitals say little
 */
record Token(
        int start,
        int end,
        boolean possessive,
        boolean capitalised,
        boolean allCaps,
        boolean sentenceStart,
        boolean headline) {

    String text(String body) {
        return body.substring(start, end);
    }
}
