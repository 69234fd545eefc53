package org.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Base of the nodes analysis inserts into the AST: each wraps the text it annotates. */
public abstract class AnnotationNode extends Node {
    protected AnnotationNode(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
