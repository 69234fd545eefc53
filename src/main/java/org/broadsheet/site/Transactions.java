package org.broadsheet.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.broadsheet.model.Article;
import org.broadsheet.model.Problem;
import org.broadsheet.output.OutputFolder;

/**
 * A build's two transactions on the output folder, the pages and then the search index, and which
 * files each one owns. Each either commits whole or leaves the output as it was.
 */
final class Transactions {
    /** The search index's data files (the search page itself is a page). */
    static final Predicate<String> SEARCH_DATA =
            path -> path.startsWith("search/") && !path.equals("search/index.html");

    /** Every file but the search index's data. */
    static final Predicate<String> PAGES = SEARCH_DATA.negate();

    private Transactions() {}

    interface Step {
        void run(OutputFolder output) throws IOException;
    }

    /**
     * A transaction over the pages; when a file or folder could not be read, what the last build made
     * from it is kept (nothing is removed), since this build cannot tell which pages those are.
     */
    static OutputFolder pages(
            Path output, Path work, boolean rewriteAll, Predicate<String> owns, List<Problem> problems)
            throws IOException {
        OutputFolder out = new OutputFolder(output, work, rewriteAll, owns);
        List<Problem> seen;
        synchronized (problems) {
            seen = List.copyOf(problems);
        }
        if (seen.stream().anyMatch(Problem::keepsPublished)) {
            out.keepUnproduced();
        }
        return out;
    }

    /** The files of these articles' own pages: articles/<slug>.html and its .json. */
    static Predicate<String> pagesOf(List<Article> edited) {
        Set<String> files = new HashSet<>();
        edited.forEach(a -> {
            files.add(a.path());
            files.add(a.dataPath());
        });
        return files::contains;
    }

    /** Runs the step and commits, or aborts and leaves the output as it was. */
    static OutputFolder.Summary commit(OutputFolder output, Step step) throws IOException {
        try {
            step.run(output);
            return output.commit();
        } catch (RuntimeException | IOException e) {
            output.abort();
            throw e;
        }
    }
}
