package org.broadsheet.analysis.quotes;

import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;

/** Finds quotations and attributes them to the people found in the same article. */
public final class QuoteFinder {
    public List<Quote> find(AnalysisText text, List<Person> people) {
        return List.of();
    }
}
