package org.broadsheet.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a block of English news text into sentences. A sentence ends at ".", "!", "?" or "…" (with any
 * closing quotation marks or brackets after it) when the next word starts a new sentence: upper case,
 * a digit or an opening quotation mark. Abbreviation periods never end a sentence because the
 * {@link Tokenizer} keeps them on their word. Hand-written instead of OpenNLP's sentence model: news
 * punctuation is regular enough, and this costs microseconds per article. Thread-safe.
 */
public final class SentenceSplitter {
    private final Tokenizer tokenizer = new Tokenizer();

    public List<Sentence> split(String text, int from, int to) {
        List<Token> tokens = tokenizer.tokenize(text, from, to);
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!isTerminal(tokens.get(i).text())) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size()
                    && isCloser(tokens.get(last + 1).text())
                    && tokens.get(last + 1).start() == tokens.get(last).end()) {
                last++;
            }
            if (last + 1 < tokens.size() && !startsSentence(tokens.get(last + 1).text())) {
                continue;
            }
            out.add(sentence(tokens, first, last));
            first = last + 1;
            i = last;
        }
        if (first < tokens.size()) {
            out.add(sentence(tokens, first, tokens.size() - 1));
        }
        return out;
    }

    private static Sentence sentence(List<Token> tokens, int first, int last) {
        return new Sentence(tokens.get(first).start(), tokens.get(last).end(), tokens.subList(first, last + 1));
    }

    private static boolean isTerminal(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…");
    }

    private static boolean isCloser(String t) {
        return t.equals("”")
                || t.equals("\"")
                || t.equals("’")
                || t.equals("'")
                || t.equals(")")
                || t.equals("»")
                || t.equals("]")
                || isTerminal(t);
    }

    private static boolean startsSentence(String t) {
        char c = t.charAt(0);
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || c == '“'
                || c == '"'
                || c == '‘'
                || c == '«'
                || c == '„'
                || c == '\''
                || c == '('
                || c == '['
                || c == '—'
                || c == '-';
    }
}
