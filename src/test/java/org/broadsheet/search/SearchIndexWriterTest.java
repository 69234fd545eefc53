package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class SearchIndexWriterTest {
    private static final SearchDocument KIRKUK = new SearchDocument(
            "articles/kirkuk-vote/",
            "Kirkuk votes",
            "2017-09-25",
            "",
            "Voters in Kirkuk went to the polls on Monday.",
            List.of("Masoud Barzani"),
            List.of("Kirkuk"));
    private static final SearchDocument RAWAH = new SearchDocument(
            "articles/rawah/",
            "Forces retake Rawa",
            "2017-11-17",
            "",
            "Iraqi forces entered Rawa, the last town held by the group.",
            List.of(),
            List.of("Rawah", "Kirkuk"),
            List.of("Rawa", "Rāwah"));
    private static final SearchDocument UNDATED = new SearchDocument(
            "articles/undated/",
            "An undated note",
            null,
            "",
            "Nothing in this note names a date; it mentions Kirkuk once.",
            List.of(),
            List.of());
    private static final SearchDocument OLDER = new SearchDocument(
            "articles/older/",
            "Elections ahead",
            "2014-04-30",
            "Iraqis elect a parliament.",
            "Elections were held across the country.",
            List.of("Nouri al-Maliki", "Masoud Barzani"),
            List.of());

    private static IndexReader index(SearchDocument... documents) {
        return new IndexReader(new SearchIndexWriter().write(List.of(documents)));
    }

    @Test
    void documentsAreNumberedByDateWithUndatedLastAndYearsAreIdRanges() {
        IndexReader index = index(UNDATED, RAWAH, KIRKUK, OLDER);
        assertEquals("articles/older/", index.document(0).get("url").asText());
        assertEquals("articles/kirkuk-vote/", index.document(1).get("url").asText());
        assertEquals("articles/rawah/", index.document(2).get("url").asText());
        assertEquals("articles/undated/", index.document(3).get("url").asText());
        assertEquals(
                "[{\"value\":\"2014\",\"from\":0,\"to\":1},{\"value\":\"2017\",\"from\":1,\"to\":3},"
                        + "{\"value\":\"undated\",\"from\":3,\"to\":4}]",
                index.meta.get("years").toString());
        assertEquals(4, index.meta.get("documents").asInt());
    }

    @Test
    void aWordFindsEveryDocumentThatContainsItInAnyCaseOrAccent() {
        IndexReader index = index(UNDATED, RAWAH, KIRKUK, OLDER);
        assertEquals(List.of(1, 2, 3), new ArrayList<>(index.postings("KIRKUK").keySet()));
        assertEquals(index.postings("kirkuk"), index.postings("Kïrkuk"));
        assertEquals(List.of(0), new ArrayList<>(index.postings("election").keySet()));
        assertEquals(Map.of(), index.postings("Baghdad"));
    }

    @Test
    void gazetteerAlternatesFindThePlaceUnderEveryName() {
        IndexReader index = index(UNDATED, RAWAH, KIRKUK, OLDER);
        assertEquals(List.of(2), new ArrayList<>(index.postings("Rawah").keySet()));
        assertEquals(List.of(2), new ArrayList<>(index.postings("rawa").keySet()));
    }

    @Test
    void aWordInTheTitleOrAResolvedNameWeighsMoreThanTheSameWordInTheBody() {
        IndexReader index = index(UNDATED, RAWAH, KIRKUK, OLDER);
        Map<Integer, Integer> kirkuk = index.postings("kirkuk");
        assertTrue(kirkuk.get(1) > kirkuk.get(3), "title + place beats one body mention: " + kirkuk);
        assertTrue(kirkuk.values().stream().allMatch(impact -> impact >= 1 && impact <= 255));
    }

    @Test
    void stopWordsAreNotIndexedAndTheClientLearnsWhichTheyAre() {
        IndexReader index = index(KIRKUK, OLDER);
        assertEquals(List.of(1), new ArrayList<>(index.postings("polls").keySet()), "KIRKUK is id 1, after OLDER");
        for (int n = 0; n < index.shardCount(); n++) {
            assertTrue(!index.shard(n).containsKey("the") && !index.shard(n).containsKey("in"));
        }
        List<String> stop = new ArrayList<>();
        index.meta.get("stopWords").forEach(node -> stop.add(node.asText()));
        assertEquals(SearchTokenizer.STOP_WORDS, stop);
    }

    @Test
    void sameDocumentsGiveTheSameBytesWhateverTheirInputOrder() {
        List<SearchDocument> documents = syntheticArchive(1200, 11);
        SortedMap<String, byte[]> first = new SearchIndexWriter().write(documents);
        List<SearchDocument> shuffled = new ArrayList<>(documents);
        Collections.shuffle(shuffled, new Random(5));
        SortedMap<String, byte[]> second = new SearchIndexWriter().write(shuffled);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void termsAreShardedIntoSmallSortedRangesThatTheClientCanFind() {
        List<SearchDocument> documents = syntheticArchive(400, 3);
        int target = 4 * 1024;
        IndexReader index = new IndexReader(new SearchIndexWriter(target).write(documents));
        assertTrue(index.shardCount() > 5, "expected several shards, got " + index.shardCount());
        List<String> first = index.firstTerms();
        assertEquals(index.shardCount(), first.size());
        String previousLast = "";
        for (int n = 0; n < index.shardCount(); n++) {
            List<String> terms = new ArrayList<>(index.shard(n).keySet());
            assertEquals(first.get(n), terms.get(0));
            assertTrue(previousLast.compareTo(terms.get(0)) < 0, "shards overlap at " + n);
            List<String> sorted = new ArrayList<>(terms);
            Collections.sort(sorted);
            assertEquals(sorted, terms);
            previousLast = terms.get(terms.size() - 1);
            for (String term : terms) {
                assertEquals(n, index.shardOf(term), term);
            }
            int size = index.files.get("t/" + n + ".bin").length;
            assertTrue(size < target + 2048 || terms.size() == 1, "shard " + n + " has " + size + " bytes");
        }
    }

    @Test
    void facetValuesAreNumberedMostFrequentFirstAndListedPerDocument() {
        IndexReader index = index(UNDATED, RAWAH, KIRKUK, OLDER);
        assertEquals("[\"Kirkuk\",\"Rawah\"]", index.json("f/place-0.json").toString());
        assertEquals(
                "[\"Masoud Barzani\",\"Nouri al-Maliki\"]",
                index.json("f/person-0.json").toString());
        assertEquals(List.of("[] [0, 1]", "[0] [0]", "[0, 1] []", "[] []"), index.facetRows(0));
        assertEquals("{\"place\":2,\"person\":2}", index.meta.get("facets").toString());
    }

    @Test
    void documentsArePackedInBlocksThatKeepTitlesVerbatimAndHoldNoCopyOfTheText() {
        List<SearchDocument> many = new java.util.ArrayList<>();
        for (int i = 0; i < 70; i++) {
            many.add(new SearchDocument(
                    "articles/a" + (100 + i) + ".html",
                    i == 0 ? "A \"quoted\" <title>" : "Title " + i,
                    "2020-01-02",
                    "",
                    "He said \"<script>alert(1)</script>\" & left, unforgettably.",
                    List.of(),
                    List.of()));
        }
        SortedMap<String, byte[]> files = new SearchIndexWriter().write(many);
        assertEquals(
                List.of("d/0.json", "d/1.json", "d/2.json"),
                files.keySet().stream().filter(p -> p.startsWith("d/")).toList(),
                "70 documents in blocks of 32");
        JsonNode first = index(many.toArray(SearchDocument[]::new)).document(0);
        assertEquals("A \"quoted\" <title>", first.get("title").asText());
        assertEquals("articles/a100.html", first.get("url").asText());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().startsWith("d/")) {
                assertFalse(
                        new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains("unforgettably"),
                        "the snippet text comes from the article page, not a second copy in " + file.getKey());
            }
        }
    }

    @Test
    void datesKeepTheirPrecisionWithoutATimeAndNonsenseIsRefused() {
        assertEquals(
                "2017-11-23",
                new SearchDocument("a/", "t", "2017-11-23T10:30:00Z", "", "", List.of(), List.of()).date());
        assertEquals("2017-11", new SearchDocument("a/", "t", "2017-11", "", "", List.of(), List.of()).date());
        assertEquals("2017", new SearchDocument("a/", "t", "2017", "", "", List.of(), List.of()).year());
        assertThrows(
                IllegalArgumentException.class,
                () -> new SearchDocument("a/", "t", "last week", "", "", List.of(), List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SearchDocument("../../etc/", "t", null, "", "", List.of(), List.of()));
    }

    @Test
    void anEmptyArchiveStillHasAnIndexThatFindsNothing() {
        IndexReader index = index();
        assertEquals(0, index.meta.get("documents").asInt());
        assertEquals(0, index.shardCount());
    }

    /** Articles built from a fixed vocabulary: enough distinct terms to need several shards. */
    static List<SearchDocument> syntheticArchive(int count, long seed) {
        Random random = new Random(seed);
        String[] words = {
            "army",
            "ballot",
            "ceasefire",
            "convoy",
            "court",
            "drought",
            "election",
            "embassy",
            "flood",
            "harvest",
            "minister",
            "militia",
            "oil",
            "parliament",
            "protest",
            "refugee",
            "reform",
            "siege",
            "strike",
            "summit",
            "tariff",
            "treaty",
            "verdict",
            "vote"
        };
        String[] places = {"Kirkuk", "Mosul", "Basra", "Erbil", "Rawah", "Aleppo", "Beirut"};
        String[] people = {"Hadi al-Ameri", "Haider al-Abadi", "Masoud Barzani", "Nouri al-Maliki"};
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "s " : " ");
                text.append("term").append(random.nextInt(count * 3)).append(' ');
            }
            String date = random.nextInt(10) == 0
                    ? null
                    : String.format(
                            "%d-%02d-%02d", 2010 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
            documents.add(new SearchDocument(
                    "articles/a" + i + "/",
                    "Article " + i + " " + words[i % words.length],
                    date,
                    "",
                    text.toString(),
                    List.of(people[random.nextInt(people.length)]),
                    List.of(places[random.nextInt(places.length)], places[random.nextInt(places.length)])));
        }
        return documents;
    }
}
