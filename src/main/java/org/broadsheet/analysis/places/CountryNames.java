package org.broadsheet.analysis.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Countries' English short names by ISO code, from the gazetteer's small country table alone: pages that
 * name a place's country need them without loading the whole gazetteer.
 */
final class CountryNames {
    private static final Map<String, String> NAMES = read();

    private CountryNames() {}

    static String of(String iso2) {
        return NAMES.get(iso2);
    }

    private static Map<String, String> read() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = CountryNames.class.getResourceAsStream("/gazetteer/countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer's countries.tsv is missing from the program");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] c = line.split("\t", 4);
                if (!line.startsWith("#") && c.length > 2) {
                    names.put(c[0], c[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
