package org.broadsheet.analysis.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common English given names, female and male (the stdlib datasets shipped as resources, see the
 * README beside them). Loaded once per JVM; immutable afterwards, so shared by all threads.
 */
final class GivenNames {
    private static final Set<String> FEMALE = load("given-names-female.txt");
    private static final Set<String> MALE = load("given-names-male.txt");

    private GivenNames() {}

    static boolean isGivenName(String word) {
        return FEMALE.contains(word) || MALE.contains(word);
    }

    static Gender gender(String word) {
        boolean f = FEMALE.contains(word);
        boolean m = MALE.contains(word);
        return f == m ? Gender.UNKNOWN : f ? Gender.FEMALE : Gender.MALE;
    }

    private static Set<String> load(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = GivenNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
