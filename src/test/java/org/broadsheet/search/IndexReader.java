package org.broadsheet.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Reads a written index back the way search-engine.js does, so tests can assert on what a query sees. */
final class IndexReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    final SortedMap<String, byte[]> files;
    final JsonNode meta;

    IndexReader(SortedMap<String, byte[]> files) {
        this.files = files;
        this.meta = json("meta.json");
    }

    JsonNode json(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new AssertionError("no file " + path + " in " + files.keySet());
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> firstTerms() {
        List<String> first = new ArrayList<>();
        meta.get("shards").forEach(node -> first.add(node.asText()));
        return first;
    }

    /** The shard search-engine.js would fetch for a term: the last whose first term is not after it. */
    int shardOf(String term) {
        List<String> first = firstTerms();
        int shard = 0;
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).compareTo(term) <= 0) {
                shard = i;
            }
        }
        return shard;
    }

    /** Terms of one shard with their postings (document id -> impact), in file order. */
    Map<String, Map<Integer, Integer>> shard(int n) {
        byte[] bytes = files.get("t/" + n + ".bin");
        Map<String, Map<Integer, Integer>> terms = new LinkedHashMap<>();
        int[] position = {0};
        while (position[0] < bytes.length) {
            int length = varint(bytes, position);
            String term = new String(bytes, position[0], length, StandardCharsets.UTF_8);
            position[0] += length;
            int df = varint(bytes, position);
            varint(bytes, position);
            Map<Integer, Integer> postings = new LinkedHashMap<>();
            int id = 0;
            for (int i = 0; i < df; i++) {
                id += varint(bytes, position);
                postings.put(id, bytes[position[0]++] & 0xff);
            }
            terms.put(term, postings);
        }
        return terms;
    }

    /** Documents (id -> impact) of the term a query word becomes, empty when nothing matches. */
    Map<Integer, Integer> postings(String word) {
        String term = SearchTokenizer.term(word);
        return shard(shardOf(term)).getOrDefault(term, Map.of());
    }

    /** Facet rows of one chunk as "[places] [people]" strings, one per document. */
    List<String> facetRows(int chunk) {
        byte[] bytes = files.get("f/" + chunk + ".bin");
        List<String> rows = new ArrayList<>();
        int[] position = {0};
        while (position[0] < bytes.length) {
            rows.add(idList(bytes, position) + " " + idList(bytes, position));
        }
        return rows;
    }

    private static List<Integer> idList(byte[] bytes, int[] position) {
        int count = varint(bytes, position);
        List<Integer> ids = new ArrayList<>();
        int id = 0;
        for (int i = 0; i < count; i++) {
            id += varint(bytes, position);
            ids.add(id);
        }
        return ids;
    }

    /** Document {@code id} from its block, as {url, title, date, summary}. */
    JsonNode document(int id) {
        JsonNode row = json("d/" + id / SearchIndexWriter.BLOCK + ".json").get(id % SearchIndexWriter.BLOCK);
        com.fasterxml.jackson.databind.node.ObjectNode fields =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        fields.set("url", row.get(0));
        fields.set("title", row.get(1));
        fields.set("date", row.get(2));
        fields.set("summary", row.get(3));
        return fields;
    }

    int shardCount() {
        return (int)
                files.keySet().stream().filter(path -> path.startsWith("t/")).count();
    }

    private static int varint(byte[] bytes, int[] position) {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[position[0]++] & 0xff;
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }
}
