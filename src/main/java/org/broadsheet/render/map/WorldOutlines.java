package org.broadsheet.render.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The world's country outlines from Natural Earth, bundled in the jar (see scripts/maps/README.md).
 * Each scale is read once, on first use, and then shared: instances are immutable and thread-safe.
 */
public final class WorldOutlines {
    private final String source;
    private final List<CountryOutline> countries;
    private final Map<String, CountryOutline> byAlpha2;

    private WorldOutlines(String source, List<CountryOutline> countries) {
        this.source = source;
        this.countries = List.copyOf(countries);
        Map<String, CountryOutline> index = new LinkedHashMap<>();
        for (CountryOutline country : countries) {
            if (country.alpha2() != null) {
                index.putIfAbsent(country.alpha2(), country);
            }
        }
        this.byAlpha2 = Map.copyOf(index);
    }

    /** Natural Earth 1:110m: about 10 km detail, for maps of the whole world. */
    public static WorldOutlines coarse() {
        return Coarse.INSTANCE;
    }

    /** Natural Earth 1:50m: about 2 km detail and small islands, for maps of a region. */
    public static WorldOutlines detailed() {
        return Detailed.INSTANCE;
    }

    public List<CountryOutline> countries() {
        return countries;
    }

    /** The country with this ISO 3166-1 alpha-2 code ("IQ"), ignoring case. */
    public Optional<CountryOutline> country(String alpha2) {
        return Optional.ofNullable(byAlpha2.get(alpha2.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The country whose land holds the point, if any (none at sea or off the outline's precision). */
    public Optional<CountryOutline> countryAt(double lat, double lon) {
        for (CountryOutline country : countries) {
            if (country.contains(lat, lon)) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "WorldOutlines[" + source + ", " + countries.size() + " countries]";
    }

    private static final class Coarse {
        static final WorldOutlines INSTANCE = load("countries-110m.txt.gz");
    }

    private static final class Detailed {
        static final WorldOutlines INSTANCE = load("countries-50m.txt.gz");
    }

    private static WorldOutlines load(String resource) {
        try (InputStream raw = WorldOutlines.class.getResourceAsStream("/maps/" + resource)) {
            if (raw == null) {
                throw new IllegalStateException("map outlines missing from the jar: /maps/" + resource);
            }
            return read(new GZIPInputStream(raw), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read map outlines /maps/" + resource, e);
        }
    }

    /** Reads the text format written by scripts/maps/convert.js. */
    static WorldOutlines read(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<CountryOutline> countries = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 4) {
                throw new IOException(source + ":" + lineNumber + ": expected 4 tab-separated columns");
            }
            try {
                countries.add(
                        new CountryOutline(orNull(columns[0]), orNull(columns[1]), columns[2], parseRings(columns[3])));
            } catch (NumberFormatException e) {
                throw new IOException(source + ":" + lineNumber + ": bad coordinate: " + e.getMessage(), e);
            }
        }
        return new WorldOutlines(source, countries);
    }

    private static String orNull(String column) {
        return column.equals("-") ? null : column;
    }

    private static int[][] parseRings(String column) throws IOException {
        String[] encoded = column.split(";");
        int[][] rings = new int[encoded.length][];
        for (int r = 0; r < encoded.length; r++) {
            String[] numbers = encoded[r].split(",");
            if (numbers.length < 6 || numbers.length % 2 != 0) {
                throw new IOException("ring " + r + " has " + numbers.length + " numbers");
            }
            int[] ring = new int[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                int value = Integer.parseInt(numbers[i]);
                ring[i] = i < 2 ? value : ring[i - 2] + value;
            }
            rings[r] = ring;
        }
        return rings;
    }
}
