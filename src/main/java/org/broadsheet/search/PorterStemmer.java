package org.broadsheet.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Martin Porter's stemmer, ported statement by statement from the JavaScript library the search page
 * ships ({@code assets/search/vendor/stemmer.js}, words/stemmer 2.0.1, MIT). The index is built here
 * and queried there, so both sides must stem every word identically: a faithful port of the same code
 * (same regular expressions, same order of steps) is the way to guarantee it, and the browser test
 * compares the two on a word list.
 */
final class PorterStemmer {
    private static final Map<String, String> STEP2 = Map.ofEntries(
            Map.entry("ational", "ate"),
            Map.entry("tional", "tion"),
            Map.entry("enci", "ence"),
            Map.entry("anci", "ance"),
            Map.entry("izer", "ize"),
            Map.entry("bli", "ble"),
            Map.entry("alli", "al"),
            Map.entry("entli", "ent"),
            Map.entry("eli", "e"),
            Map.entry("ousli", "ous"),
            Map.entry("ization", "ize"),
            Map.entry("ation", "ate"),
            Map.entry("ator", "ate"),
            Map.entry("alism", "al"),
            Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"),
            Map.entry("ousness", "ous"),
            Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"),
            Map.entry("biliti", "ble"),
            Map.entry("logi", "log"));
    private static final Map<String, String> STEP3 =
            Map.of("icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private static final String CONSONANT = "[^aeiou]";
    private static final String VOWEL = "[aeiouy]";
    private static final String CONSONANTS = "(" + CONSONANT + "[^aeiouy]*)";
    private static final String VOWELS = "(" + VOWEL + "[aeiou]*)";

    private static final Pattern GT0 = Pattern.compile("^" + CONSONANTS + "?" + VOWELS + CONSONANTS);
    private static final Pattern EQ1 = Pattern.compile("^" + CONSONANTS + "?" + VOWELS + CONSONANTS + VOWELS + "?$");
    private static final Pattern GT1 = Pattern.compile("^" + CONSONANTS + "?(" + VOWELS + CONSONANTS + "){2,}");
    private static final Pattern VOWEL_IN_STEM = Pattern.compile("^" + CONSONANTS + "?" + VOWEL);
    private static final Pattern CONSONANT_LIKE = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

    private static final Pattern SFX_LL = Pattern.compile("ll$");
    private static final Pattern SFX_E = Pattern.compile("^(.+?)e$");
    private static final Pattern SFX_Y = Pattern.compile("^(.+?)y$");
    private static final Pattern SFX_ION = Pattern.compile("^(.+?(s|t))(ion)$");
    private static final Pattern SFX_ED_OR_ING = Pattern.compile("^(.+?)(ed|ing)$");
    private static final Pattern SFX_AT_OR_BL_OR_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern SFX_EED = Pattern.compile("^(.+?)eed$");
    private static final Pattern SFX_S = Pattern.compile("^.+?[^s]s$");
    private static final Pattern SFX_SSES_OR_IES = Pattern.compile("^.+?(ss|i)es$");
    private static final Pattern SFX_MULTI_CONSONANT_LIKE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP2_SFX = Pattern.compile("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli"
            + "|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3_SFX = Pattern.compile("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4_SFX =
            Pattern.compile("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");

    private PorterStemmer() {}

    /** The stem of an already lower-cased word. */
    static String stem(String word) {
        String result = word;
        if (result.length() < 3) {
            return result;
        }
        boolean firstCharacterWasLowerCaseY = result.charAt(0) == 'y';
        if (firstCharacterWasLowerCaseY) {
            result = "Y" + result.substring(1);
        }

        // Step 1a.
        if (find(SFX_SSES_OR_IES, result)) {
            result = dropLast(result, 2);
        } else if (find(SFX_S, result)) {
            result = dropLast(result, 1);
        }

        // Step 1b.
        Matcher match = SFX_EED.matcher(result);
        if (match.find()) {
            if (find(GT0, match.group(1))) {
                result = dropLast(result, 1);
            }
        } else if ((match = SFX_ED_OR_ING.matcher(result)).find() && find(VOWEL_IN_STEM, match.group(1))) {
            result = match.group(1);
            if (find(SFX_AT_OR_BL_OR_IZ, result)) {
                result += "e";
            } else if (find(SFX_MULTI_CONSONANT_LIKE, result)) {
                result = dropLast(result, 1);
            } else if (find(CONSONANT_LIKE, result)) {
                result += "e";
            }
        }

        // Step 1c.
        if ((match = SFX_Y.matcher(result)).find() && find(VOWEL_IN_STEM, match.group(1))) {
            result = match.group(1) + "i";
        }

        // Step 2.
        if ((match = STEP2_SFX.matcher(result)).find() && find(GT0, match.group(1))) {
            result = match.group(1) + STEP2.get(match.group(2));
        }

        // Step 3.
        if ((match = STEP3_SFX.matcher(result)).find() && find(GT0, match.group(1))) {
            result = match.group(1) + STEP3.get(match.group(2));
        }

        // Step 4.
        if ((match = STEP4_SFX.matcher(result)).find()) {
            if (find(GT1, match.group(1))) {
                result = match.group(1);
            }
        } else if ((match = SFX_ION.matcher(result)).find() && find(GT1, match.group(1))) {
            result = match.group(1);
        }

        // Step 5.
        if ((match = SFX_E.matcher(result)).find()
                && (find(GT1, match.group(1))
                        || (find(EQ1, match.group(1)) && !find(CONSONANT_LIKE, match.group(1))))) {
            result = match.group(1);
        }
        if (find(SFX_LL, result) && find(GT1, result)) {
            result = dropLast(result, 1);
        }

        if (firstCharacterWasLowerCaseY) {
            result = "y" + result.substring(1);
        }
        return result;
    }

    private static boolean find(Pattern pattern, String text) {
        return pattern.matcher(text).find();
    }

    private static String dropLast(String text, int count) {
        return text.substring(0, Math.max(0, text.length() - count));
    }
}
