package org.broadsheet.build;

import java.util.List;
import org.broadsheet.model.Problem;

/**
 * What a build did.
 *
 * @param articles  articles published
 * @param analysed  articles analysed by this build (the others were unchanged, or in the analysis cache)
 * @param written   files written because their bytes changed
 * @param unchanged files left as they were
 * @param removed   files of the previous build no longer produced
 */
public record BuildReport(int articles, int analysed, int written, int unchanged, int removed, List<Problem> problems, long millis) {
    public BuildReport {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::error);
    }
}
