package org.broadsheet.analysis;

import java.util.List;
import org.broadsheet.analysis.dates.TimexFinder;
import org.broadsheet.analysis.people.PeopleFinder;
import org.broadsheet.analysis.places.PlaceFinder;
import org.broadsheet.analysis.quotes.QuoteFinder;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;

/**
 * Runs every annotator over one article body. Thread-safe: one instance serves all articles of a
 * build in parallel (annotators hold only immutable tables). The annotators and their tables (the
 * gazetteer above all) are made on first use, so a build that finds every article in its cache never
 * loads them.
 */
public final class Analyzer {
    private record Finders(PeopleFinder people, QuoteFinder quotes, TimexFinder dates, PlaceFinder places) {}

    private volatile Finders finders;

    public Extraction analyze(AnalysisText text) {
        return analyze(text, Explanation.NONE);
    }

    /** As {@link #analyze(AnalysisText)}, recording into {@code why} which rules found, kept and rejected what. */
    public Extraction analyze(AnalysisText text, Explanation why) {
        Finders f = finders();
        List<Person> candidates = f.people().candidates(text);
        List<Quote> found = f.quotes().find(text, candidates, why);
        return new Extraction(
                found,
                f.dates().find(text, why),
                f.places().find(text, candidates, why),
                f.people().pages(candidates, found, f.places()::isPlaceName));
    }

    /**
     * Starts making the annotators on a thread of their own, so the tables load while the caller reads its
     * files; the first {@link #analyze} waits for them.
     */
    public void prepareInBackground() {
        if (finders == null) {
            Thread t = new Thread(this::finders, "analysis-tables");
            t.setDaemon(true);
            t.start();
        }
    }

    private Finders finders() {
        Finders f = finders;
        if (f == null) {
            synchronized (this) {
                f = finders;
                if (f == null) {
                    f = new Finders(new PeopleFinder(), new QuoteFinder(), new TimexFinder(), new PlaceFinder());
                    finders = f;
                }
            }
        }
        return f;
    }
}
