package org.broadsheet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.broadsheet.model.PlaceMention;

/** A toponym; rendered as a link to its place page. */
public final class PlaceNode extends AnnotationNode {
    private final PlaceMention place;

    public PlaceNode(BasedSequence chars, PlaceMention place) {
        super(chars);
        this.place = place;
    }

    public PlaceMention place() {
        return place;
    }
}
