package org.broadsheet.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes the client-side search index of a site: the files of its {@code search/} folder.
 *
 * <pre>
 * meta.json              document count, first term of every shard, year ranges, stop words
 * t/N.bin                term shards: postings with BM25 impacts (see {@link TermShards})
 * d/B.json               documents B*BLOCK to B*BLOCK+BLOCK-1: [url, title, date, summary] each
 * f/C.bin                per document of chunk C: place ids, person ids (varint count + gaps)
 * f/place-C.json, f/person-C.json   facet value names, most frequent first, by chunk of ids
 * </pre>
 *
 * Documents are numbered by date (undated last), then url, so each year is a range of ids and the year
 * facet costs nothing to fetch. A query reads meta.json, one shard per word and the document blocks of its
 * shown results; facet chunks load after the first results are on screen. A result's snippet comes from its
 * article page, which the reader is about to open anyway, so the index holds no second copy of any text.
 * The same documents always give the same bytes.
 */
public final class SearchIndexWriter {
    /** Documents per facet chunk and names per name chunk. */
    static final int CHUNK = 1000;
    /**
     * Documents per document block: a results page of ten shows about ten blocks of a few kilobytes, and an
     * archive of 100,000 articles has 3,125 block files instead of a file per article.
     */
    static final int BLOCK = 32;

    static final int FORMAT = 2;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<SearchDocument> ORDER = Comparator.comparing(
                    SearchDocument::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SearchDocument::url)
            .thenComparing(SearchDocument::title);

    private final int shardBytes;

    public SearchIndexWriter() {
        this(TermShards.TARGET_BYTES);
    }

    SearchIndexWriter(int shardBytes) {
        this.shardBytes = shardBytes;
    }

    /** The files of the search folder, by path relative to it. */
    public SortedMap<String, byte[]> write(List<SearchDocument> documents) {
        return write(documents, () -> {});
    }

    /**
     * As {@link #write(List)}; {@code checkpoint} runs between steps and may throw to give the work up
     * (serve does when a newer edit arrives).
     */
    public SortedMap<String, byte[]> write(List<SearchDocument> documents, Runnable checkpoint) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        write(documents, SearchDocument::text, files::put, checkpoint);
        return files;
    }

    /**
     * Writes the search folder's files to {@code sink} as they are made, without holding every document's text:
     * {@code text} gives one document's body when its words are counted (in parallel, a batch at a time), and
     * the documents passed may leave their own text empty. For archives whose bodies do not all fit in memory.
     */
    public void write(
            List<SearchDocument> documents,
            Function<SearchDocument, String> text,
            BiConsumer<String, byte[]> sink,
            Runnable checkpoint) {
        List<SearchDocument> ordered = new ArrayList<>(documents);
        ordered.sort(ORDER);

        PostingsCollector postings = new PostingsCollector(ordered.size());
        postings.addAll(ordered, text, (id, document, body) -> {}, checkpoint);
        checkpoint.run();
        for (int block = 0; block * BLOCK < ordered.size(); block++) {
            List<List<String>> rows = new ArrayList<>(BLOCK);
            for (SearchDocument d : ordered.subList(block * BLOCK, Math.min(ordered.size(), (block + 1) * BLOCK))) {
                rows.add(java.util.Arrays.asList(d.url(), d.title(), d.date(), d.summary()));
            }
            sink.accept("d/" + block + ".json", json(rows));
        }
        TermShards shards = new TermShards(postings.impacts(checkpoint), shardBytes, checkpoint);
        checkpoint.run();
        FacetTables places = new FacetTables(ordered, SearchDocument::places);
        checkpoint.run();
        FacetTables people = new FacetTables(ordered, SearchDocument::people);
        checkpoint.run();

        List<byte[]> shardBytesList = shards.shards();
        for (int n = 0; n < shardBytesList.size(); n++) {
            sink.accept("t/" + n + ".bin", shardBytesList.get(n));
        }
        for (int chunk = 0; chunk * CHUNK < ordered.size(); chunk++) {
            ByteSink rows = new ByteSink();
            for (int id = chunk * CHUNK; id < Math.min(ordered.size(), (chunk + 1) * CHUNK); id++) {
                idList(rows, places.ids(id));
                idList(rows, people.ids(id));
            }
            sink.accept("f/" + chunk + ".bin", rows.toByteArray());
        }
        writeNames(sink, "place", places.names());
        writeNames(sink, "person", people.names());
        sink.accept("meta.json", json(meta(ordered, shards, places, people)));
    }

    /** Count, then ascending ids as gaps: a document's facet values in a few bytes. */
    private static void idList(ByteSink sink, int[] ids) {
        sink.varint(ids.length);
        int previous = 0;
        for (int id : ids) {
            sink.varint(id - previous);
            previous = id;
        }
    }

    private static void writeNames(BiConsumer<String, byte[]> files, String facet, List<String> names) {
        for (int chunk = 0; chunk * CHUNK < names.size(); chunk++) {
            List<String> part = names.subList(chunk * CHUNK, Math.min(names.size(), (chunk + 1) * CHUNK));
            files.accept("f/" + facet + "-" + chunk + ".json", json(part));
        }
    }

    private static Map<String, Object> meta(
            List<SearchDocument> ordered, TermShards shards, FacetTables places, FacetTables people) {
        List<Map<String, Object>> years = new ArrayList<>();
        for (int id = 0; id < ordered.size(); id++) {
            String year = ordered.get(id).year();
            Map<String, Object> last = years.isEmpty() ? null : years.get(years.size() - 1);
            if (last != null && last.get("value").equals(year)) {
                last.put("to", id + 1);
            } else {
                Map<String, Object> range = new LinkedHashMap<>();
                range.put("value", year);
                range.put("from", id);
                range.put("to", id + 1);
                years.add(range);
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("documents", ordered.size());
        meta.put("chunk", CHUNK);
        meta.put("block", BLOCK);
        meta.put("maxWordLength", SearchTokenizer.MAX_WORD_LENGTH);
        meta.put("stopWords", SearchTokenizer.STOP_WORDS);
        meta.put("years", years);
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("place", places.names().size());
        facets.put("person", people.names().size());
        meta.put("facets", facets);
        meta.put("shards", shards.firstTerms());
        return meta;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
