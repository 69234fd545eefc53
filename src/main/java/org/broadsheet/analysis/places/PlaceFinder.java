package org.broadsheet.analysis.places;

import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;

/** Recognises toponyms and resolves each to one gazetteer entry. */
public final class PlaceFinder {
    public List<PlaceMention> find(AnalysisText text, List<Person> people) {
        return List.of();
    }
}
