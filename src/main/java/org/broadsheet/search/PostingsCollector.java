package org.broadsheet.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Gathers, for every term, the documents it occurs in with a field-weighted term frequency, and each
 * document's weighted length; then turns each (term, document) pair into a one-byte BM25 impact.
 * Precomputing the length-normalised term weight at build time (as impact-ordered indexes do) means the
 * browser needs neither document lengths nor the average: only the impacts and each term's document
 * frequency, which the posting list carries.
 */
final class PostingsCollector {
    /** A word in the title says more about the article than the same word in its body. */
    static final int TITLE_WEIGHT = 3;
    /** Names the analysis resolved (people, places) are what the article is about. */
    static final int NAME_WEIGHT = 2;

    static final double K1 = 1.2;
    static final double B = 0.75;

    /** Documents whose words are counted in parallel before their postings are appended in id order. */
    private static final int BATCH = 512;

    private final Map<String, Postings> byTerm = new HashMap<>();
    private final Map<String, String> termOfWord = new ConcurrentHashMap<>();
    private final int[] lengths;
    private long totalLength;

    PostingsCollector(int documentCount) {
        this.lengths = new int[documentCount];
    }

    /**
     * Adds the documents, numbered by their position. Counting words is the expensive part and runs in
     * parallel, a batch at a time to bound memory; postings are appended in id order, so the result is
     * the same whatever the thread timing.
     */
    void addAll(List<SearchDocument> documents, Runnable checkpoint) {
        addAll(documents, SearchDocument::text, (id, document, text) -> {}, checkpoint);
    }

    /** What is done with each document's text once its words are counted, in id order. */
    interface Counted {
        void accept(int id, SearchDocument document, String text);
    }

    /**
     * As {@link #addAll(List, Runnable)}, with each document's text from {@code text} (read once, while its
     * batch is counted, and dropped after {@code counted} has seen it).
     */
    void addAll(
            List<SearchDocument> documents,
            Function<SearchDocument, String> text,
            Counted counted,
            Runnable checkpoint) {
        for (int from = 0; from < documents.size(); from += BATCH) {
            checkpoint.run();
            int start = from;
            List<SearchDocument> part = documents.subList(from, Math.min(documents.size(), from + BATCH));
            List<String> texts = part.parallelStream().map(text).toList();
            List<Map<String, Integer>> batch = java.util.stream.IntStream.range(0, part.size())
                    .parallel()
                    .mapToObj(i -> weightedTerms(part.get(i), texts.get(i)))
                    .toList();
            for (int i = 0; i < batch.size(); i++) {
                append(start + i, batch.get(i));
                counted.accept(start + i, part.get(i), texts.get(i));
            }
        }
    }

    private Map<String, Integer> weightedTerms(SearchDocument document, String text) {
        Map<String, Integer> weighted = new HashMap<>();
        count(weighted, SearchTokenizer.terms(document.title(), termOfWord), TITLE_WEIGHT);
        count(weighted, SearchTokenizer.terms(document.summary(), termOfWord), 1);
        count(weighted, SearchTokenizer.terms(text, termOfWord), 1);
        for (String name : document.people()) {
            count(weighted, SearchTokenizer.terms(name, termOfWord), NAME_WEIGHT);
        }
        for (String name : document.places()) {
            count(weighted, SearchTokenizer.terms(name, termOfWord), NAME_WEIGHT);
        }
        for (String name : document.placeAlternates()) {
            count(weighted, SearchTokenizer.terms(name, termOfWord), NAME_WEIGHT);
        }
        return weighted;
    }

    private void append(int id, Map<String, Integer> weighted) {
        int length = 0;
        for (Map.Entry<String, Integer> entry : weighted.entrySet()) {
            byTerm.computeIfAbsent(entry.getKey(), term -> new Postings()).add(id, entry.getValue());
            length += entry.getValue();
        }
        lengths[id] = length;
        totalLength += length;
    }

    private static void count(Map<String, Integer> weighted, List<String> terms, int weight) {
        for (String term : terms) {
            weighted.merge(term, weight, Integer::sum);
        }
    }

    /** Every term with its documents (ascending ids) and their impacts (1..255), sorted by term. */
    SortedMap<String, TermPostings> impacts() {
        return impacts(() -> {});
    }

    /** As {@link #impacts()}; {@code checkpoint} runs now and then and may throw to give the work up. */
    SortedMap<String, TermPostings> impacts(Runnable checkpoint) {
        double averageLength = lengths.length == 0 ? 1 : Math.max(1.0, (double) totalLength / lengths.length);
        SortedMap<String, TermPostings> result = new TreeMap<>();
        int done = 0;
        for (Map.Entry<String, Postings> entry : byTerm.entrySet()) {
            if (++done % 4096 == 0) {
                checkpoint.run();
            }
            Postings postings = entry.getValue();
            int[] ids = Arrays.copyOf(postings.ids, postings.size);
            byte[] impacts = new byte[postings.size];
            for (int i = 0; i < postings.size; i++) {
                impacts[i] = (byte) impact(postings.frequencies[i], lengths[ids[i]], averageLength);
            }
            result.put(entry.getKey(), new TermPostings(ids, impacts));
        }
        return result;
    }

    /** BM25's term-frequency factor, scaled from (0, K1 + 1) to 1..255. */
    static int impact(int frequency, int length, double averageLength) {
        double norm = K1 * (1 - B + B * length / averageLength);
        double factor = frequency * (K1 + 1) / (frequency + norm);
        return (int) Math.max(1, Math.min(255, Math.round(factor / (K1 + 1) * 255)));
    }

    /** One term's documents, ascending, and the impact of the term in each. */
    record TermPostings(int[] ids, byte[] impacts) {}

    private static final class Postings {
        int[] ids = new int[2];
        int[] frequencies = new int[2];
        int size;

        void add(int id, int frequency) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                frequencies = Arrays.copyOf(frequencies, size * 2);
            }
            ids[size] = id;
            frequencies[size] = frequency;
            size++;
        }
    }
}
