package org.broadsheet.analysis.text;

/**
 * One word or punctuation mark of an article body: end-exclusive offsets into the body text.
 * Abbreviations keep their period ("Mr.", "U.S.", "W.").
 */
public record Token(int start, int end, String text) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Starts with an upper-case letter ("Ameri", "U.S.", "McConnell"). */
    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    /** The text without a trailing abbreviation period. */
    public String bare() {
        return text.endsWith(".") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
    }
}
