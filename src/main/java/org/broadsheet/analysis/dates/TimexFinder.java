package org.broadsheet.analysis.dates;

import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Timex;

/** Finds time expressions and resolves them to TIMEX3 values. */
public final class TimexFinder {
    public List<Timex> find(AnalysisText text) {
        return List.of();
    }
}
