package org.broadsheet.site;

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
 * @param upToDate  true when nothing the build reads had changed since the last build, so nothing was done
 */
public record BuildReport(
        int articles,
        int analysed,
        int written,
        int unchanged,
        int removed,
        List<Problem> problems,
        long millis,
        boolean upToDate) {
    public BuildReport {
        problems = List.copyOf(problems);
    }

    public BuildReport(
            int articles, int analysed, int written, int unchanged, int removed, List<Problem> problems, long millis) {
        this(articles, analysed, written, unchanged, removed, problems, millis, false);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::error);
    }
}
