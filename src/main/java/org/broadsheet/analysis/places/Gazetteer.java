package org.broadsheet.analysis.places;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The places Broadsheet can resolve to, loaded once per JVM from the jar's {@code gazetteer/} resources
 * (see scripts/gazetteer/README.md). Immutable after loading, so one instance serves all threads.
 */
public final class Gazetteer {
    private static final int[] NONE = new int[0];
    private static final java.util.regex.Pattern ARABIC_ARTICLE =
            java.util.regex.Pattern.compile("^(al|el|ar|as|ash|ad|at|az|an) ");

    private final List<GazetteerEntry> entries;
    private final Map<String, int[]> byName;
    private final Map<String, String> demonyms;
    private final Map<String, String> stateAbbreviations;
    private final Set<String> commonWords;
    private final Set<String> firstNames;
    private final Map<String, Integer> admin1Entries;
    private final int longestName;

    Gazetteer(
            List<GazetteerEntry> entries,
            Map<String, int[]> byName,
            Map<String, String> demonyms,
            Map<String, String> stateAbbreviations,
            Set<String> commonWords,
            Set<String> firstNames,
            Map<String, Integer> admin1Entries) {
        // The loader hands over tables nobody else holds: wrapping them keeps them immutable without copying
        // 350,000 names a second time.
        this.entries = Collections.unmodifiableList(entries);
        this.byName = Collections.unmodifiableMap(byName);
        this.demonyms = Map.copyOf(demonyms);
        this.stateAbbreviations = Map.copyOf(stateAbbreviations);
        this.commonWords = Set.copyOf(commonWords);
        this.firstNames = Set.copyOf(firstNames);
        this.admin1Entries = Map.copyOf(admin1Entries);
        this.longestName =
                byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = GazetteerFiles.load();
    }

    /** The shared gazetteer; the first call loads it (about a second; scripts/bench/gazetteer-load.sh). */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /** The English short name of a country ("Iraq" for "IQ"), or null for an unknown code. */
    public static String countryName(String iso2) {
        return iso2 == null ? null : CountryNames.of(iso2.toUpperCase(Locale.ROOT));
    }

    /** How a name is looked up: lower case, one kind of apostrophe, single spaces. */
    static String key(CharSequence name) {
        if (plainWord(name)) {
            return name.toString().toLowerCase(Locale.ROOT); // the usual case, one word: no copy char by char
        }
        StringBuilder b = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c == '\u2019' || c == '\u2018' || c == '`' ? '\'' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static boolean plainWord(CharSequence name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '\u2019' || c == '\u2018' || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** Indices of the entries a name (already a {@link #key}) may denote; empty when none. */
    int[] lookup(String key) {
        return key.length() > longestName ? NONE : byName.getOrDefault(key, NONE);
    }

    GazetteerEntry entry(int index) {
        return entries.get(index);
    }

    /** The country a demonym ("Iraqi", "Americans") belongs to, or null. */
    String demonymCountry(String word) {
        return demonyms.get(key(word));
    }

    /** The admin-1 code ("US.GA", "CA.02") a US state or Canadian province abbreviation ("Ga.", "GA", "B.C.") stands for, or null. */
    String stateAbbreviation(String word) {
        return stateAbbreviations.get(word);
    }

    /** The entry index of a first-level area ("US.GA"), or -1. */
    int admin1Entry(String code) {
        return admin1Entries.getOrDefault(code, -1);
    }

    /** Whether a gazetteer name is also a common English word ("Mobile", "Reading"). */
    boolean isCommonWord(String key) {
        return commonWords.contains(key);
    }

    /** Whether a word (a {@link #key}) is a common English first name ("scott", "jordan"). */
    boolean isFirstName(String key) {
        return firstNames.contains(key);
    }

    /**
     * Whether a key is the entry's own name (or its {@link GazetteerEntry#otherName}) rather than one of its
     * alternate names, ignoring accents and "St."/"Saint" style abbreviations: "Rawa" is an alternate name of
     * Rāwah, "Sao Paulo" is São Paulo, "Ramadi" is Ar Ramadi, "Galway" is Gaillimh.
     */
    static boolean ownName(GazetteerEntry entry, String key) {
        String folded = fold(key);
        String own = fold(key(entry.name()));
        return folded.equals(own)
                || folded.equals(ARABIC_ARTICLE.matcher(own).replaceFirst(""))
                || entry.otherName() != null && folded.equals(fold(key(entry.otherName())));
    }

    /** The entry's name as the article gives it: its second own name where the text uses that ("Galway"). */
    static String displayName(GazetteerEntry entry, String text) {
        String other = entry.otherName();
        return other != null && fold(key(text)).equals(fold(key(other))) ? other : entry.name();
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SAINT = java.util.regex.Pattern.compile("\\bst\\.? ");
    private static final java.util.regex.Pattern FORT = java.util.regex.Pattern.compile("\\bft\\.? ");
    private static final java.util.regex.Pattern MOUNT = java.util.regex.Pattern.compile("\\bmt\\.? ");

    private static String fold(String key) {
        String plain = key;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                plain = MARKS.matcher(java.text.Normalizer.normalize(key, java.text.Normalizer.Form.NFD))
                        .replaceAll("");
                break;
            }
        }
        if (plain.indexOf("t ") >= 0 || plain.indexOf("t.") >= 0) {
            plain = MOUNT.matcher(FORT.matcher(SAINT.matcher(plain).replaceAll("saint "))
                            .replaceAll("fort "))
                    .replaceAll("mount ");
        }
        return plain.replace('-', ' ').replace("'", "");
    }

    int size() {
        return entries.size();
    }
}
