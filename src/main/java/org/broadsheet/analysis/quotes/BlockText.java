package org.broadsheet.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.analysis.AnalysisText.Block;
import org.broadsheet.analysis.text.Sentence;
import org.broadsheet.analysis.text.Token;

/** One block of an article with its sentences and tokens, computed once per article. */
record BlockText(Block block, List<Sentence> sentences, List<Token> tokens) {

    static BlockText of(Block block, List<Sentence> sentences) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : sentences) {
            tokens.addAll(s.tokens());
        }
        return new BlockText(block, List.copyOf(sentences), List.copyOf(tokens));
    }

    boolean contains(int offset) {
        return block.start() <= offset && offset < block.end();
    }

    /** Index of the first token that starts at or after {@code offset}; tokens.size() if none. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence holding {@code offset}, or the last one that starts before it. */
    Sentence sentenceAt(int offset) {
        Sentence found = sentences.isEmpty() ? null : sentences.get(0);
        for (Sentence s : sentences) {
            if (s.start() <= offset) {
                found = s;
            }
        }
        return found;
    }
}
