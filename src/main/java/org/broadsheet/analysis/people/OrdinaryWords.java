package org.broadsheet.analysis.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Ordinary English words, lower case: the SCOWL list the gazetteer ships ({@code gazetteer/common-words.txt.gz},
 * see its licence beside it). A name made of nothing else ("Blue Herons", "Green Lantern", "Grand Reading Room")
 * is a phrase, not a person's name. Loaded once per JVM; immutable.
 */
final class OrdinaryWords {
    private static final Set<String> WORDS = load("/gazetteer/common-words.txt.gz");

    private OrdinaryWords() {}

    static boolean isOrdinary(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = OrdinaryWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
