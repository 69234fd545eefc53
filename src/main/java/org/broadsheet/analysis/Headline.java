package org.broadsheet.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline derived from a lede for articles without a title: parentheticals and appositives removed,
 * cut at a clause boundary, at most {@value #MAX_LENGTH} characters, never mid-word, and never on a
 * dangling clause: not after a word that needs what follows it ({@code headline-dangling-ends.txt}), nor
 * inside a relative clause that the lede goes on to finish ({@code headline-relative-words.txt}). When no
 * clause boundary gives a complete headline, it is cut at a word and ends in an ellipsis.
 */
public final class Headline {
    public static final int MAX_LENGTH = 120;
    private static final int MIN_LENGTH = 30;

    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]");
    /** ", who heads X," ", also known as Y," ", 45," : a comma-enclosed aside. */
    private static final Pattern APPOSITIVE = Pattern.compile(
            ",\\s+(?:who|whom|whose|which|also|known as|aged|himself|herself|itself|themselves|formerly|then|now|"
                    + "a|an|the|\\d{1,3})\\b[^,;:]{0,90},");
    /** Where a headline may end: punctuation, or before a word that opens a subordinate clause. */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "[,;:]|\\s[—–-]\\s|\\s(?=(?:following|after|before|as|while|because|which|who|when|where|amid|despite|"
                    + "although|though|since|until|and|but|with|without|saying|adding|according)\\b)");

    private static final Set<String> DANGLING_ENDS = words("headline-dangling-ends.txt");
    private static final Set<String> RELATIVE_WORDS = words("headline-relative-words.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}’'-]+");

    private Headline() {}

    public static String fromLede(String lede) {
        String s = lede.replaceAll("\\s+", " ").strip();
        s = PARENTHETICAL.matcher(s).replaceAll("");
        String previous;
        do {
            previous = s;
            s = APPOSITIVE.matcher(s).replaceFirst("");
        } while (!s.equals(previous));
        s = trimEnd(s);
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        List<Integer> bounds = new ArrayList<>();
        List<Boolean> atWord = new ArrayList<>();
        Matcher m = CLAUSE_BOUNDARY.matcher(s);
        while (m.find() && m.start() <= MAX_LENGTH) {
            bounds.add(m.start());
            atWord.add(m.end() == m.start() + 1 && Character.isWhitespace(s.charAt(m.start())));
        }
        for (int i = bounds.size() - 1; i >= 0 && bounds.get(i) >= MIN_LENGTH; i--) {
            String head = trimEnd(s.substring(0, bounds.get(i)));
            String clause = s.substring(i == 0 ? 0 : bounds.get(i - 1), bounds.get(i));
            if (!dangles(head, clause, atWord.get(i))) {
                return head;
            }
        }
        int space = s.lastIndexOf(' ', MAX_LENGTH - 1);
        return trimEnd(s.substring(0, space > 0 ? space : MAX_LENGTH - 1)) + "…";
    }

    /**
     * Whether a headline cut here leaves a clause unfinished: it ends on a word that needs a following one,
     * or its last clause holds a relative word and the lede goes on with a clause word, not punctuation.
     */
    private static boolean dangles(String head, String lastClause, boolean cutBeforeClauseWord) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(lastClause);
        while (w.find()) {
            words.add(w.group().toLowerCase(Locale.ROOT));
        }
        Matcher last = WORD.matcher(head);
        String lastWord = "";
        while (last.find()) {
            lastWord = last.group().toLowerCase(Locale.ROOT);
        }
        if (DANGLING_ENDS.contains(lastWord)) {
            return true;
        }
        return cutBeforeClauseWord && words.stream().anyMatch(RELATIVE_WORDS::contains);
    }

    private static Set<String> words(String resource) {
        Set<String> out = new TreeSet<>();
        try (InputStream in = Headline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.replaceFirst("#.*", "").strip();
                if (!entry.isEmpty()) {
                    out.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    private static String trimEnd(String s) {
        return s.replaceAll("[\\s,;:.—–-]+$", "").strip();
    }
}
