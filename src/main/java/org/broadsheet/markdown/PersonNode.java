package org.broadsheet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A mention of a person; rendered as a link to their page. */
public final class PersonNode extends AnnotationNode {
    private final String personName;

    public PersonNode(BasedSequence chars, String personName) {
        super(chars);
        this.personName = personName;
    }

    /** The full name the mention resolves to. */
    public String personName() {
        return personName;
    }
}
