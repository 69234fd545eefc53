package org.broadsheet.analysis.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;

/** Reads the gazetteer resources written by scripts/gazetteer/generate.py into a {@link Gazetteer}. */
final class GazetteerFiles {
    private static final String DIR = "/gazetteer/";

    private final List<GazetteerEntry> entries = new ArrayList<>(140_000);
    private final Map<String, int[]> byName = new HashMap<>(800_000);
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> states = new HashMap<>();
    private final Map<String, Integer> admin1Entries = new HashMap<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> firstNames = new HashSet<>();

    private GazetteerFiles() {}

    static Gazetteer load() {
        GazetteerFiles files = new GazetteerFiles();
        files.read("countries.tsv", files::country);
        files.read("regions.tsv", files::region);
        files.read("admin.tsv.gz", files::admin);
        files.read("places.tsv.gz", files::place);
        files.read("state-abbreviations.tsv", files::state);
        files.read("common-words.txt.gz", files.commonWords::add);
        files.read("first-names.txt.gz", files.firstNames::add);
        return new Gazetteer(
                files.entries,
                files.byName,
                files.demonyms,
                files.states,
                files.commonWords,
                files.firstNames,
                files.admin1Entries);
    }

    private void country(String line) {
        String[] c = line.split("\t", -1);
        add(
                new GazetteerEntry(
                        "country:" + c[0],
                        c[2],
                        Kind.COUNTRY,
                        c[0],
                        null,
                        Double.parseDouble(c[3]),
                        Double.parseDouble(c[4]),
                        0,
                        0,
                        null),
                c[6]);
        boolean independent = "1".equals(c[8]);
        for (String demonym : c[7].split("\\|")) {
            // "Djibouti", "Gibraltar", "Vatican": a demonym that is the country's name, or its first word, is a place.
            boolean name = demonym.equals(c[2]) || c[2].startsWith(demonym + " ");
            if (!demonym.isEmpty() && !name) {
                for (String form : List.of(demonym, demonym + "s")) {
                    if (independent) {
                        demonyms.put(Gazetteer.key(form), c[0]);
                    } else {
                        demonyms.putIfAbsent(Gazetteer.key(form), c[0]);
                    }
                }
            }
        }
    }

    private void region(String line) {
        String[] c = line.split("\t", -1);
        add(
                new GazetteerEntry(
                        "region:" + c[0],
                        c[1],
                        Kind.REGION,
                        null,
                        null,
                        Double.parseDouble(c[2]),
                        Double.parseDouble(c[3]),
                        0,
                        0,
                        null),
                c[4]);
    }

    private void admin(String line) {
        String[] c = line.split("\t", -1);
        String country = c[0].substring(0, 2);
        String admin1 = c[0].length() > 2
                ? c[0].substring(0, c[0].indexOf('.', 3) < 0 ? c[0].length() : c[0].indexOf('.', 3))
                : null;
        if ("1".equals(c[1])) {
            admin1Entries.put(c[0], entries.size());
        }
        add(
                new GazetteerEntry(
                        "admin" + c[1] + ":" + c[0],
                        c[2],
                        Kind.ADMIN,
                        country,
                        admin1,
                        Double.parseDouble(c[3]),
                        Double.parseDouble(c[4]),
                        Long.parseLong(c[6]),
                        0,
                        null),
                c[5]);
    }

    private void place(String line) {
        String[] c = line.split("\t", -1);
        String other = c.length > 9 && !c[9].isEmpty() ? c[9] : null;
        add(
                new GazetteerEntry(
                        "geonames:" + c[0],
                        c[1],
                        Kind.CITY,
                        c[5],
                        c[5] + "." + c[6],
                        Double.parseDouble(c[2]),
                        Double.parseDouble(c[3]),
                        Long.parseLong(c[7]),
                        Integer.parseInt(c[4]),
                        other),
                other == null ? c[8] : c[8].isEmpty() ? other : c[8] + "|" + other);
    }

    private void state(String line) {
        String[] c = line.split("\t", -1);
        for (String abbreviation : c[1].split("\\|")) {
            states.put(abbreviation, c[0]);
        }
    }

    private void add(GazetteerEntry entry, String otherNames) {
        int index = entries.size();
        entries.add(entry);
        index(entry.name(), index);
        if (!otherNames.isEmpty()) {
            for (String name : otherNames.split("\\|")) {
                index(name, index);
            }
        }
    }

    private void index(String name, int index) {
        String key = Gazetteer.key(name);
        int[] old = byName.get(key);
        if (old == null) {
            byName.put(key, new int[] {index});
        } else if (old[old.length - 1] != index) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = index;
            byName.put(key, grown);
        }
    }

    private void read(String name, Consumer<String> lines) {
        try (InputStream raw = GazetteerFiles.class.getResourceAsStream(DIR + name)) {
            if (raw == null) {
                throw new IllegalStateException("gazetteer resource missing: " + DIR + name);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + name, e);
        }
    }
}
