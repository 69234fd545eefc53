package org.broadsheet.render;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.broadsheet.model.Problem;

/**
 * Reports each template fault once per build: a broken layout fails every page that uses it, and the
 * user needs one line at its file:line:column, not one per page. The page named is the first that failed.
 */
final class TemplateProblemLog {
    private final Consumer<Problem> problems;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    TemplateProblemLog(Consumer<Problem> problems) {
        this.problems = problems;
    }

    void report(TemplateProblem e, String path) {
        if (reported.add(e.location() + "\n" + e.getMessage())) {
            problems.accept(new Problem(e.location(), e.getMessage() + " (while rendering " + path + ")", true));
        }
    }
}
