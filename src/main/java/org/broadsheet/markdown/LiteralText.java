package org.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Text from a .txt article: shown exactly as written. Unlike Flexmark's {@code Text} it is never
 * unescaped, so {@code \*}, {@code &amp;} and {@code <b>} stay literal.
 */
public final class LiteralText extends Node {
    public LiteralText(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
