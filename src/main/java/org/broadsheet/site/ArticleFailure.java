package org.broadsheet.site;

import java.util.function.Consumer;
import org.broadsheet.model.Article;
import org.broadsheet.model.Problem;
import org.broadsheet.output.OutputFolder;

/**
 * One article's failure stays that article's: whatever loading, analysing or rendering it throws,
 * stack overflow and running out of memory included, becomes an error naming its file, and the rest
 * of the archive is built. The memory one article held is free again once its work is abandoned.
 */
final class ArticleFailure {
    private ArticleFailure() {}

    /** The message for a failure that is not the input's fault as such, or not one we foresaw. */
    static String describe(Throwable e, String stage) {
        if (e instanceof StackOverflowError) {
            return "could not be " + stage + ": it is nested too deeply to process (stack overflow)";
        }
        if (e instanceof OutOfMemoryError) {
            return "could not be " + stage + ": it needs more memory than this build has (" + e.getMessage()
                    + "); split it, or give Java more heap";
        }
        return "could not be " + stage + " (" + e + "); please report this";
    }

    /**
     * Renders one article's pages; on failure its previous pages (if any) stay published and the
     * failure is reported against its file.
     */
    static void render(Article article, OutputFolder output, Consumer<Problem> problems, Runnable render) {
        try {
            render.run();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.accept(new Problem(article.source(), describe(e, "rendered"), true));
            output.keepPrevious(article.path());
            output.keepPrevious(article.dataPath());
        }
    }
}
