package org.broadsheet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.broadsheet.model.Quote;

/** A quotation (or the part of one inside a single text run); rendered as {@code <q>}. */
public final class QuoteNode extends AnnotationNode {
    private final Quote quote;

    public QuoteNode(BasedSequence chars, Quote quote) {
        super(chars);
        this.quote = quote;
    }

    public Quote quote() {
        return quote;
    }
}
