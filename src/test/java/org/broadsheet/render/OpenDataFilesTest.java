package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's data/ folder: CSV files a strict RFC 4180 parser reads back to what the articles say,
 * a GeoJSON FeatureCollection by the rules of RFC 7946, and a datapackage.json that describes them truly.
 */
class OpenDataFilesTest {
    private static final String SITE = """
            -- site.yaml --
            title: Harbour Tribune
            -- content/vote.md --
            ---
            title: Council says "no", again
            date: 2018-05-02
            tags: [council, budget]
            ---
            “We will appeal, and we will win,” said harbour master Niamh Kelly in Paris on Monday.
            -- content/storm.md --
            ---
            title: Storm closes the port
            date: 2018-04-20
            ---
            The port of Lisbon closed on Friday. “It is the worst storm in years,” Niamh Kelly said.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path site;

    private Path build() {
        InlineSite.write(site, SITE);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        return site.resolve("site-output");
    }

    /** Parses with the RFC 4180 format, which rejects a stray quote or a bare line ending inside a field. */
    private static List<Map<String, String>> rows(Path file, List<String> header) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "records end in CRLF: " + file);
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF outside quoted fields: " + file);
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file);
                CSVParser parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            assertEquals(header, parser.getHeaderNames(), "the header of " + file);
            for (CSVRecord r : parser) {
                assertTrue(r.isConsistent(), "every record has every field: " + r);
                out.add(r.toMap());
            }
        }
        return out;
    }

    private static List<String> fields(JsonNode descriptor, String resource) {
        List<String> names = new ArrayList<>();
        for (JsonNode r : descriptor.get("resources")) {
            if (r.get("name").asText().equals(resource)) {
                r.get("schema")
                        .get("fields")
                        .forEach(f -> names.add(f.get("name").asText()));
            }
        }
        return names;
    }

    @Test
    void csvFilesReadBackToWhatTheArticlesSay() throws IOException {
        Path out = build();
        JsonNode descriptor = JSON.readTree(out.resolve("data/datapackage.json").toFile());

        List<Map<String, String>> articles = rows(out.resolve("data/articles.csv"), fields(descriptor, "articles"));
        assertEquals(
                List.of("vote", "storm"),
                articles.stream().map(r -> r.get("slug")).toList(),
                "newest first");
        Map<String, String> vote = articles.get(0);
        assertEquals("Council says \"no\", again", vote.get("title"), "a comma and quotes survive the round trip");
        assertEquals("2018-05-02", vote.get("date"));
        assertEquals("council; budget", vote.get("tags"));
        assertEquals("1", vote.get("quotes"));
        assertTrue(Files.isRegularFile(out.resolve(vote.get("page"))), "page is the article page: " + vote);

        List<Map<String, String>> quotes = rows(out.resolve("data/quotes.csv"), fields(descriptor, "quotes"));
        Map<String, String> appeal = quotes.stream()
                .filter(q -> q.get("article").equals("vote"))
                .findFirst()
                .orElseThrow();
        assertEquals("“We will appeal, and we will win,”", appeal.get("text"));
        assertEquals("Niamh Kelly", appeal.get("speaker"));
        assertEquals("direct", appeal.get("kind"));
        assertTrue(Files.isRegularFile(out.resolve(appeal.get("speaker_page"))), appeal.toString());

        List<Map<String, String>> people = rows(out.resolve("data/people.csv"), fields(descriptor, "people"));
        Map<String, String> kelly = people.stream()
                .filter(p -> p.get("name").equals("Niamh Kelly"))
                .findFirst()
                .orElseThrow();
        assertEquals("2", kelly.get("quotes"));
        assertEquals("2018-04-20", kelly.get("first_quoted"));
        assertEquals("2018-05-02", kelly.get("last_quoted"));

        List<Map<String, String>> events = rows(out.resolve("data/events.csv"), fields(descriptor, "events"));
        assertTrue(
                events.stream()
                        .anyMatch(e -> e.get("value").equals("2018-04-20")
                                && e.get("article").equals("storm")
                                && e.get("sentence").contains("Lisbon")),
                events.toString());

        Set<String> slugs =
                new HashSet<>(articles.stream().map(r -> r.get("slug")).toList());
        assertTrue(quotes.stream().allMatch(q -> slugs.contains(q.get("article"))), "quotes.article is a slug");
        assertTrue(events.stream().allMatch(e -> slugs.contains(e.get("article"))), "events.article is a slug");
    }

    @Test
    void valuesHaveTheTypesTheDescriptorGives() throws IOException {
        Path out = build();
        JsonNode descriptor = JSON.readTree(out.resolve("data/datapackage.json").toFile());
        assertEquals("data-package", descriptor.get("profile").asText());
        for (JsonNode r : descriptor.get("resources")) {
            Path file = out.resolve("data").resolve(r.get("path").asText());
            assertTrue(Files.isRegularFile(file), "the descriptor names a file that is there: " + file);
            if (!r.get("format").asText().equals("csv")) {
                continue;
            }
            List<String> names = fields(descriptor, r.get("name").asText());
            for (Map<String, String> row : rows(file, names)) {
                for (JsonNode f : r.get("schema").get("fields")) {
                    String value = row.get(f.get("name").asText());
                    if (value.isEmpty()) {
                        continue;
                    }
                    switch (f.get("type").asText()) {
                        case "integer" -> Long.parseLong(value);
                        case "date" -> LocalDate.parse(value);
                        default -> {}
                    }
                }
            }
        }
    }

    @Test
    void placesAreAnRfc7946FeatureCollectionInLongitudeLatitudeOrder() throws IOException {
        Path out = build();
        JsonNode places = JSON.readTree(out.resolve("data/places.geojson").toFile());
        assertEquals("FeatureCollection", places.get("type").asText());
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        for (JsonNode f : places.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            JsonNode geometry = f.get("geometry");
            assertEquals("Point", geometry.get("type").asText());
            JsonNode position = geometry.get("coordinates");
            assertEquals(2, position.size(), "a position is [longitude, latitude]");
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, f.toString());
            assertTrue(Files.isRegularFile(
                    out.resolve(f.get("properties").get("page").asText())));
            byName.put(f.get("properties").get("name").asText(), f);
        }
        JsonNode paris = byName.get("Paris").get("geometry").get("coordinates");
        assertEquals(2.35, paris.get(0).asDouble(), 0.1, "longitude first");
        assertEquals(48.85, paris.get(1).asDouble(), 0.1, "latitude second");
        assertTrue(byName.containsKey("Lisbon"), byName.keySet().toString());

        JsonNode descriptor = JSON.readTree(out.resolve("data/datapackage.json").toFile());
        Set<String> licences = new HashSet<>();
        for (JsonNode r : descriptor.get("resources")) {
            if (r.has("licenses")) {
                r.get("licenses").forEach(l -> licences.add(l.get("name").asText()));
            }
        }
        assertTrue(licences.containsAll(Set.of("CC-BY-4.0", "ODbL-1.0")), licences.toString());
    }

    @Test
    void openDataPageLinksEveryFileAndEveryPageLinksThere() throws IOException {
        Path out = build();
        Document page = Jsoup.parse(out.resolve("data/index.html").toFile());
        List<String> links = page.select("main h2 a").eachAttr("href");
        assertEquals(
                List.of(
                        "../data/articles.csv",
                        "../data/quotes.csv",
                        "../data/people.csv",
                        "../data/places.geojson",
                        "../data/events.csv"),
                links);
        Document article = Jsoup.parse(out.resolve("articles/vote.html").toFile());
        String footerLink =
                article.select("footer.site-footer a:contains(Open data)").attr("href");
        assertTrue(
                Files.isRegularFile(out.resolve("articles/").resolve(footerLink).normalize()), footerLink);
    }

    @Test
    void filesAreWrittenAgainOnlyWhenAnArticleChanges() throws IOException {
        Path out = build();
        Path people = out.resolve("data/people.csv");
        // a mark the build would overwrite if it wrote the file again
        Files.writeString(people, Files.readString(people) + "marker\r\n");

        // a template change renders pages again, but the data depends on no template
        InlineSite.write(
                site,
                "-- templates/credits.ftlh --\n<#import \"/layouts/base.ftlh\" as layout><@layout.frame><h1>Credits</h1></@layout.frame>\n");
        assertEquals(0, InlineSite.build(site).exit());
        assertTrue(Files.readString(people).contains("marker"), "people.csv was not written again");

        InlineSite.write(
                site,
                "-- content/storm.md --\n---\ntitle: Storm closes the port\ndate: 2018-04-21\n---\nThe port of Lisbon closed. “It is bad,” Niamh Kelly said.\n");
        assertEquals(0, InlineSite.build(site).exit());
        assertFalse(Files.readString(people).contains("marker"), "an article changed, so people.csv was made again");
        assertTrue(Files.readString(people).contains("2018-04-21"));
    }
}
