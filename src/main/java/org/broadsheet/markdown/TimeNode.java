package org.broadsheet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.broadsheet.model.Timex;

/** A time expression; rendered as {@code <time datetime>} when its value is a calendar value. */
public final class TimeNode extends AnnotationNode {
    private final Timex timex;

    public TimeNode(BasedSequence chars, Timex timex) {
        super(chars);
        this.timex = timex;
    }

    public Timex timex() {
        return timex;
    }
}
