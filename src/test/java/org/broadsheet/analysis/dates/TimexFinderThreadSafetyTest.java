package org.broadsheet.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Timex;
import org.junit.jupiter.api.Test;

/** One finder serves every article of a build in parallel: results must not depend on what runs beside them. */
class TimexFinderThreadSafetyTest {

    @Test
    void parallelArticlesGetTheSameResultsAsSequentialOnes() throws Exception {
        TimexFinder finder = new TimexFinder();
        List<AnalysisText> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String body = "On November " + (i % 28 + 1) + " troops took the town. Two days later they left. "
                    + "Officials said Monday that talks would resume next month, " + (2000 + i)
                    + " years after the war.";
            articles.add(
                    AnalysisText.ofPlainText(body, i % 3 == 0 ? null : LocalDate.of(2017, 1 + i % 12, 1 + i % 27)));
        }
        List<List<Timex>> sequential = new ArrayList<>();
        for (AnalysisText a : articles) {
            sequential.add(finder.find(a));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<List<Timex>>> parallel = new ArrayList<>();
                for (AnalysisText a : articles) {
                    parallel.add(pool.submit(() -> finder.find(a)));
                }
                for (int i = 0; i < articles.size(); i++) {
                    assertEquals(
                            sequential.get(i),
                            parallel.get(i).get(),
                            articles.get(i).text());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
