package org.broadsheet.analysis.text;

import java.util.List;

/** One sentence of a block: end-exclusive offsets into the body text, and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
