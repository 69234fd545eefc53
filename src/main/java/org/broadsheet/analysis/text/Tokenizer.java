package org.broadsheet.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English news text into word and punctuation tokens. Words keep inner apostrophes and hyphens
 * ("don’t", "al-Ameri", "Iraq’s"); a period stays on the word when it marks an abbreviation or an
 * initial ("Mr.", "Sen.", "W.", "U.S."), so that sentence splitting and name finding can tell the two
 * apart. Hand-written rather than OpenNLP's statistical tokenizer: it is far faster and news text
 * needs only these rules. Stateless and thread-safe.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                   // U.S., D.C.
            + "|[\\p{L}\\p{N}]+(?:[’'\\-\\.][\\p{L}\\p{N}]+)*"      // words, 3.5, al-Ameri, will.i.am
            + "|\\S", Pattern.UNICODE_CHARACTER_CLASS);             // any other mark; no-break spaces are spaces
    private static final Pattern INNER_PERIOD = Pattern.compile(".*\\p{L}\\.\\p{L}.*");   // N.C, G.K
    /** Words that take an abbreviation period in news prose. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Gen", "Col", "Maj",
            "Capt", "Cmdr", "Sgt", "Adm", "Rev", "Msgr", "St", "Jr", "Sr", "Hon", "Pres", "Atty", "Supt",
            "Insp", "Det", "Gov’t", "Inc", "Corp", "Co", "Ltd", "Bros", "No", "Nos", "vs", "etc", "Mt", "Ft",
            "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "a.m", "p.m",
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
            "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
            "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String word = text.substring(s, e);
            boolean period = e < to && text.charAt(e) == '.';
            if (period && takesPeriod(word)) {
                e++;
                word = word + ".";
                m.region(e, to);
            }
            out.add(new Token(s, e, word));
        }
        return out;
    }

    private static boolean takesPeriod(String word) {
        int dash = word.lastIndexOf('-');
        if (dash > 0 && dash + 1 < word.length()) {          // party and state: "R-Ky.", "D-Mass."
            String tail = word.substring(dash + 1);
            return ABBREVIATIONS.contains(tail) || tail.contains(".") || (tail.length() <= 2 && Character.isUpperCase(tail.charAt(0)));
        }
        return ABBREVIATIONS.contains(word) || INNER_PERIOD.matcher(word).matches()
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || word.equals("a.m") || word.equals("p.m");
    }
}
