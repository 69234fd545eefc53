package org.broadsheet.index;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.broadsheet.model.Article;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Quote;
import org.broadsheet.model.TimelineEvent;

/**
 * For each article, up to {@link #LIMIT} others that share its people, places and event dates, ranked by the
 * sum of the shared entities' rarity (inverse document frequency, {@code ln(N / df)}), ties broken by the
 * nearer publication date, then by slug. Each article visits the posting lists of its own entities only; of
 * an entity named in more than {@link #WINDOW} articles (a capital, a president) it visits only the
 * {@link #WINDOW} nearest to it in the archive's date order, so the work grows with the archive's size, not
 * with its square, and a common entity still relates stories close in time.
 */
final class RelatedArticles {
    static final int LIMIT = 5;
    /** How many of a common entity's articles, nearest in date order, one article visits. */
    static final int WINDOW = 200;

    private final List<Article> articles;
    private final int[][] related;

    RelatedArticles(List<Article> articles) {
        this.articles = articles;
        int n = articles.size();
        Map<String, Integer> ids = new HashMap<>();
        int[][] entities = new int[n][];
        int[] counts = new int[16];
        for (int i = 0; i < n; i++) {
            Set<String> keys = entities(articles.get(i));
            int[] row = new int[keys.size()];
            int k = 0;
            for (String key : keys) {
                int id = ids.computeIfAbsent(key, x -> ids.size());
                if (id >= counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                counts[id]++;
                row[k++] = id;
            }
            entities[i] = row;
        }
        int[][] postings = new int[ids.size()][];
        int[] fill = new int[ids.size()];
        double[] weight = new double[ids.size()];
        for (int id = 0; id < ids.size(); id++) {
            // an entity of one article relates nothing, nor does one of every article (its weight is 0)
            postings[id] = counts[id] < 2 || counts[id] >= n ? null : new int[counts[id]];
            weight[id] = Math.log((double) n / counts[id]);
        }
        for (int i = 0; i < n; i++) {
            for (int id : entities[i]) {
                if (postings[id] != null) {
                    postings[id][fill[id]++] = i;
                }
            }
        }
        this.related = new int[n][];
        ThreadLocal<Scores> scores = ThreadLocal.withInitial(() -> new Scores(n));
        IntStream.range(0, n)
                .parallel()
                .forEach(i -> related[i] = rank(i, entities[i], postings, weight, scores.get()));
    }

    /** The related articles of one article, best first. */
    List<Article> of(int index) {
        int[] r = related[index];
        List<Article> out = new ArrayList<>(r.length);
        for (int i : r) {
            out.add(articles.get(i));
        }
        return out;
    }

    /** Per thread: each article's score so far, and which articles have one (so only they are reset). */
    private static final class Scores {
        final double[] score;
        final int[] touched;
        int count;

        Scores(int n) {
            score = new double[n];
            touched = new int[n];
        }
    }

    private int[] rank(int self, int[] own, int[][] postings, double[] weight, Scores s) {
        for (int id : own) {
            if (postings[id] == null) {
                continue;
            }
            int[] list = postings[id];
            int from = 0;
            int to = list.length;
            if (list.length > WINDOW) {
                // the list is in archive order (newest first), so the nearest in date are around self
                int at = Arrays.binarySearch(list, self);
                from = Math.max(0, Math.min(at - WINDOW / 2, list.length - WINDOW));
                to = from + WINDOW;
            }
            for (int j = from; j < to; j++) {
                int other = list[j];
                if (other != self) {
                    if (s.score[other] == 0) {
                        s.touched[s.count++] = other;
                    }
                    s.score[other] += weight[id];
                }
            }
        }
        // the best LIMIT by a selection pass: candidates can be thousands, the list is five
        int[] best = new int[Math.min(LIMIT, s.count)];
        int filled = 0;
        LocalDate date = articles.get(self).date();
        for (int t = 0; t < s.count; t++) {
            int candidate = s.touched[t];
            int at = filled;
            while (at > 0 && better(candidate, best[at - 1], s.score, date)) {
                at--;
            }
            if (at < best.length) {
                int end = Math.min(filled, best.length - 1);
                System.arraycopy(best, at, best, at + 1, end - at);
                best[at] = candidate;
                filled = Math.min(filled + 1, best.length);
            }
        }
        for (int t = 0; t < s.count; t++) {
            s.score[s.touched[t]] = 0;
        }
        s.count = 0;
        return best;
    }

    /** Higher score, then nearer date, then the smaller slug. */
    private boolean better(int a, int b, double[] score, LocalDate date) {
        int byScore = Double.compare(score[a], score[b]);
        if (byScore != 0) {
            return byScore > 0;
        }
        int byDate = Long.compare(distance(date, a), distance(date, b));
        if (byDate != 0) {
            return byDate < 0;
        }
        return articles.get(a).slug().compareTo(articles.get(b).slug()) < 0;
    }

    private long distance(LocalDate date, int other) {
        LocalDate d = articles.get(other).date();
        return date == null || d == null ? Long.MAX_VALUE : Math.abs(ChronoUnit.DAYS.between(date, d));
    }

    /**
     * What an article is about, for relating it: the people it names or quotes (by page slug), the places
     * it mentions (by gazetteer id) and the days of the events it reports from more than a week before or
     * after its own date (a year or month alone relates too much to count, and "on Monday" in one day's news
     * would relate it to every other story of that week).
     */
    private static Set<String> entities(Article a) {
        Set<String> keys = new LinkedHashSet<>();
        for (Person p : a.extraction().people()) {
            keys.add("person:" + People.slugFor(p.name()));
        }
        for (Quote q : a.extraction().quotes()) {
            if (People.hasPage(a, q)) {
                keys.add("person:" + People.slugFor(q.speaker()));
            }
        }
        for (PlaceMention p : a.extraction().places()) {
            keys.add("place:" + p.id());
        }
        for (TimelineEvent e : a.events()) {
            if (e.value().length() == 10 && Character.isDigit(e.value().charAt(0)) && !nearPublication(a, e)) {
                keys.add("day:" + e.value());
            }
        }
        return keys;
    }

    private static boolean nearPublication(Article a, TimelineEvent e) {
        if (a.date() == null) {
            return false;
        }
        try {
            return Math.abs(ChronoUnit.DAYS.between(a.date(), LocalDate.parse(e.value()))) <= 7;
        } catch (java.time.format.DateTimeParseException notADay) {
            return true;
        }
    }
}
