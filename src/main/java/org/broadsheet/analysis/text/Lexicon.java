package org.broadsheet.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A word list from {@code src/main/resources/lexicon/NAME.txt}: one entry a line (an entry may hold spaces,
 * "a few"), a {@code #} and the reason after it; lines opening with {@code #} are comments and blank lines are
 * skipped. Matching is exact: a lexicon of lower-case words is meant for lower-cased input. Every finder
 * loads its lexicons once, into static fields; a lexicon is immutable and shared by all threads.
 */
public final class Lexicon {
    private final String name;
    private final Set<String> entries;

    private Lexicon(String name, Set<String> entries) {
        this.name = name;
        this.entries = Set.copyOf(entries);
    }

    /** The lexicon {@code /lexicon/NAME.txt} on the class path; fails when it is missing. */
    public static Lexicon load(String name) {
        return fromResource(name, "/lexicon/" + name + ".txt");
    }

    /** A lexicon from any class-path resource in the same format ({@code /lexicon/role-words.txt}). */
    public static Lexicon fromResource(String name, String resource) {
        Set<String> entries = new LinkedHashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(name, entries);
    }

    public boolean contains(String entry) {
        return entries.contains(entry);
    }

    /** The entries, immutable. */
    public Set<String> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public String name() {
        return name;
    }

    /** The same entries lower-cased, for a lexicon written in its words' usual case but matched lower-cased. */
    public Lexicon lowerCase() {
        return new Lexicon(
                name,
                entries.stream()
                        .map(e -> e.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** These entries and another lexicon's, for a finder that needs a general list and its own additions. */
    public Lexicon plus(Lexicon other) {
        return plus(other.entries);
    }

    public Lexicon plus(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(entries);
        all.addAll(more);
        return new Lexicon(name, all);
    }

    /** These entries less some: a finder that shares a list but must not act on a few of its words. */
    public Lexicon minus(Collection<String> fewer) {
        Set<String> rest = new LinkedHashSet<>(entries);
        rest.removeAll(fewer);
        return new Lexicon(name, rest);
    }

    @Override
    public String toString() {
        return "Lexicon[" + name + ", " + entries.size() + " entries]";
    }
}
