package org.broadsheet.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text into index terms, exactly as {@code assets/search/search.js} turns a query into terms:
 * words are runs of letters, digits and marks (an apostrophe inside a word joins it, a trailing
 * possessive {@code 's} is dropped), folded to lower case without diacritics (Kirkuk, kirkuk and Kïrkuk
 * are one term), stop words are skipped and the rest are Porter-stemmed. The stop words travel to the
 * browser in {@code meta.json}, so they have one source.
 */
final class SearchTokenizer {
    /** Snowball's short English stop list: words that match nearly every article and rank nothing. */
    static final List<String> STOP_WORDS = List.of(
            "a",
            "about",
            "after",
            "against",
            "all",
            "also",
            "am",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "doing",
            "during",
            "each",
            "few",
            "for",
            "from",
            "further",
            "had",
            "has",
            "have",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "itself",
            "just",
            "me",
            "more",
            "most",
            "my",
            "myself",
            "no",
            "nor",
            "not",
            "of",
            "off",
            "on",
            "once",
            "only",
            "or",
            "other",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "same",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "you",
            "your",
            "yours",
            "yourself",
            "yourselves");
    /** Longer "words" are identifiers, hashes or URLs, not something a reader types. */
    static final int MAX_WORD_LENGTH = 40;

    private static final Set<String> STOP = Set.copyOf(STOP_WORDS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019][\\p{L}\\p{N}\\p{M}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

    private SearchTokenizer() {}

    /** The index terms of a text, in order, repeated as often as they occur. */
    static List<String> terms(String text) {
        return terms(text, new HashMap<>());
    }

    /**
     * The same, remembering each distinct word's term in {@code seen} (word to term, "" for none): an
     * archive repeats the same few hundred thousand words millions of times, and stemming is the cost.
     */
    static List<String> terms(String text, Map<String, String> seen) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String term = seen.computeIfAbsent(word.group(), w -> {
                String found = term(w);
                return found == null ? "" : found;
            });
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The index term of one word, or null for a stop word or a word too long to be one. */
    static String term(String word) {
        String folded = fold(word);
        if (folded.isEmpty() || folded.length() > MAX_WORD_LENGTH || STOP.contains(folded)) {
            return null;
        }
        return PorterStemmer.stem(folded);
    }

    /** Lower case, no diacritics, no apostrophes or possessive 's: the form before stemming. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isAsciiAlphanumeric(lower)) {
            return lower;
        }
        lower = POSSESSIVE.matcher(lower).replaceFirst("");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(unmarked.length());
        for (int i = 0; i < unmarked.length(); i++) {
            char c = unmarked.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ', 'ð' -> out.append('d');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return NOT_WORD.matcher(out).replaceAll("");
    }

    private static boolean isAsciiAlphanumeric(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
