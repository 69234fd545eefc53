package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet extract}: the analysis as JSON, from files or from JSON lines on standard input. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void fileGivesOneJsonObjectWithEveryKey() throws Exception {
        InlineSite.write(dir, """
                -- council-vote.md --
                ---
                title: Council votes on the budget
                date: 2019-02-07
                ---
                "We will not raise taxes," the mayor said on Tuesday in Leeds.
                """);

        InlineSite.Run run =
                InlineSite.run("extract", dir.resolve("council-vote.md").toString());

        assertEquals(0, run.exit(), run.transcript());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), "one line per article\n" + run.transcript());
        JsonNode json = JSON.readTree(lines.get(0));
        for (String key : List.of("id", "title", "date", "quotes", "dates", "places", "people")) {
            assertTrue(json.has(key), key + " in " + json);
        }
        assertEquals("Council votes on the budget", json.get("title").asText());
        assertEquals("2019-02-07", json.get("date").asText());
        assertTrue(
                json.get("quotes").isArray()
                        && json.get("dates").isArray()
                        && json.get("places").isArray()
                        && json.get("people").isArray(),
                json.toString());
    }

    @Test
    void missingFileIsNamedAndExitsOne() {
        InlineSite.Run run =
                InlineSite.run("extract", dir.resolve("nowhere.txt").toString());

        assertEquals(1, run.exit(), run.transcript());
        assertTrue(run.err().contains("nowhere.txt"), run.transcript());
    }

    @Test
    void jsonlAnswersEveryLineInOrderInOneProcess() throws Exception {
        int count = 3000;
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String dct = i % 3 == 0 ? "null" : "\"2017-11-" + (10 + i % 19) + "\"";
            input.append("{\"id\":\"doc-")
                    .append(i)
                    .append("\",\"dct\":")
                    .append(dct)
                    .append(",\"extra\":true,\"text\":\"Line ")
                    .append(i)
                    .append(": the minister said \\u201cwe will act\\u201d on Monday in Basra.\"}\n");
        }

        InlineSite.Run run = InlineSite.runWithInput(
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), "extract", "--jsonl");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(count, lines.size());
        for (int i = 0; i < count; i++) {
            JsonNode json = JSON.readTree(lines.get(i));
            assertEquals("doc-" + i, json.get("id").asText(), "line " + (i + 1));
            assertTrue(
                    json.has("quotes") && json.has("dates") && json.has("places") && json.has("people"), lines.get(i));
        }
    }

    @Test
    void offsetsAreCodePointsIntoTheText() throws Exception {
        // astral characters (two Java chars, one code point) before every span shift char offsets but not code points
        String text =
                "\uD83D\uDCF0 \uD835\uDC00 The minister said on Monday, November 20, 2017, that \u201cwe will act\u201d "
                        + "in Baghdad. \uD83D\uDE00 Two days later, Haider al-Abadi said \u201cthe war is over\u201d in Mosul.";
        String line = JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", "astral")
                .put("dct", "2017-11-23")
                .put("text", text));

        InlineSite.Run run = InlineSite.runWithInput(
                new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), "extract", "--jsonl");

        assertEquals(0, run.exit(), run.transcript());
        JsonNode json = JSON.readTree(run.out());
        int[] codePoints = text.codePoints().toArray();
        List<JsonNode> spans = new java.util.ArrayList<>();
        for (String kind : List.of("quotes", "dates", "places")) {
            json.get(kind).forEach(spans::add);
        }
        json.get("quotes").forEach(q -> {
            if (q.hasNonNull("speakerMention")) {
                spans.add(q.get("speakerMention"));
            }
        });
        json.get("people").forEach(p -> p.get("mentions").forEach(spans::add));
        assertTrue(json.get("dates").size() > 0, "the dates are found: " + json);
        for (JsonNode span : spans) {
            int start = span.get("start").asInt();
            int end = span.get("end").asInt();
            assertEquals(
                    new String(codePoints, start, end - start), span.get("text").asText(), "span " + span);
        }
    }

    @Test
    void malformedLineIsNamedByNumberAndExitsOne() throws Exception {
        String input = """
                {"id": "a", "dct": "2020-01-01", "text": "Floods hit the town."}
                {"id": "b", "dct": null, "text": "Rain fell.
                {"id": "c", "dct": null, "text": "The river rose."}
                """;

        InlineSite.Run run = InlineSite.runWithInput(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "extract", "--jsonl");

        assertEquals(1, run.exit(), run.transcript());
        assertTrue(run.err().contains(":2:"), "the error names line 2\n" + run.transcript());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), "the other lines are still answered\n" + run.transcript());
        assertEquals("a", JSON.readTree(lines.get(0)).get("id").asText());
        assertEquals("c", JSON.readTree(lines.get(2)).get("id").asText());
    }

    @Test
    void filesAndJsonlTogetherAreAUsageError() {
        InlineSite.Run run =
                InlineSite.run("extract", "--jsonl", dir.resolve("a.txt").toString());

        assertEquals(2, run.exit(), run.transcript());
    }

    /** A .txt article dated only by its dateline: build, extract and extract --jsonl read it the same way. */
    @Test
    void buildExtractAndJsonlAgreeOnTitleDatelineDateAndDates() throws Exception {
        String text = "DOVER, Del., March 3, 2019 (AP) — The county council said on Tuesday that the bridge "
                + "will reopen next month.\n\nRepairs began two weeks ago.\n";
        Path site = InlineSite.write(dir, """
                -- site.yaml --
                title: County News
                baseUrl: https://county.example.org/
                """);
        java.nio.file.Files.createDirectories(site.resolve("content"));
        Path file = site.resolve("content/bridge.txt");
        java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);

        InlineSite.Run build = InlineSite.build(site);
        assertEquals(0, build.exit(), build.transcript());
        JsonNode built = JSON.readTree(InlineSite.read(site.resolve("site-output/articles/bridge.json")));
        InlineSite.Run extract = InlineSite.run("extract", file.toString());
        assertEquals(0, extract.exit(), extract.transcript());
        JsonNode extracted = JSON.readTree(extract.out());
        String line = JSON.writeValueAsString(
                JSON.createObjectNode().put("id", "bridge").putNull("dct").put("text", text));
        InlineSite.Run jsonl = InlineSite.runWithInput(
                new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), "extract", "--jsonl");
        assertEquals(0, jsonl.exit(), jsonl.transcript());
        JsonNode streamed = JSON.readTree(jsonl.out());

        assertEquals("2019-03-03", built.get("date").asText(), "the dateline dates the article: " + built);
        assertTrue(built.get("dates").size() >= 3, "the dates are resolved against the dateline: " + built);
        for (JsonNode other : List.of(extracted, streamed)) {
            for (String key : List.of("title", "date", "dates", "places", "quotes")) {
                assertEquals(built.get(key), other.get(key), key);
            }
        }
    }

    @Test
    void explainNamesTheRulesBehindEachSpanAndExplainAllTheRejectedCandidates() throws Exception {
        InlineSite.write(dir, """
                -- flood.txt --
                On Monday in March the river rose in Omaha. “We are ready,” Mrs. Selby said.
                """);
        String file = dir.resolve("flood.txt").toString();

        JsonNode plain = JSON.readTree(InlineSite.run("extract", file).out());
        JsonNode kept =
                JSON.readTree(InlineSite.run("extract", "--explain", file).out());
        JsonNode all =
                JSON.readTree(InlineSite.run("extract", "--explain=all", file).out());

        assertTrue(plain.get("places").get(0).get("rules") == null && !plain.has("rejected"), plain.toString());
        for (String kind : List.of("quotes", "dates", "places")) {
            assertTrue(kept.get(kind).size() > 0, kind + " found: " + kept);
            kept.get(kind).forEach(span -> assertTrue(span.get("rules").size() > 0, "rules of " + span));
        }
        assertEquals(
                "gazetteer-name", kept.get("places").get(0).get("rules").get(0).asText());
        assertTrue(kept.get("quotes").get(0).get("rules").toString().contains("speaker-own-cue"), kept.toString());
        assertFalse(kept.has("rejected"), "--explain alone lists no rejections");
        List<String> rejected = new java.util.ArrayList<>();
        all.get("rejected")
                .forEach(r -> rejected.add(
                        r.get("text").asText() + " " + r.get("rule").asText()));
        assertTrue(rejected.contains("March calendar-word"), rejected.toString());
        // the people finder has Mrs. Selby for a person, so the place finder never weighs the town
        assertTrue(rejected.contains("Selby inside-person"), rejected.toString());
    }
}
