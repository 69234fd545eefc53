package org.broadsheet.analysis.people;

import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Person;

/** Finds the people named in an article, each with all their mentions. */
public final class PeopleFinder {
    public List<Person> find(AnalysisText text) {
        return List.of();
    }
}
