package org.broadsheet.analysis.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Span;

/**
 * Recognises toponyms and resolves each to one gazetteer entry: candidates from one pass over the words
 * ({@link CandidateScanner}), minus what is not a place ({@link NotPlaceRules}), resolved in the context
 * of the whole article ({@link PlaceResolver}). Demonyms ("Iraqi") are not places but count as context.
 * Thread-safe: holds only the shared immutable gazetteer.
 */
public final class PlaceFinder {
    private final Gazetteer gazetteer;
    private final CandidateScanner scanner;
    private final NotPlaceRules rules;
    private final PlaceResolver resolver;

    public PlaceFinder() {
        this(Gazetteer.get());
    }

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.scanner = new CandidateScanner(gazetteer);
        this.rules = new NotPlaceRules(gazetteer);
        this.resolver = new PlaceResolver(gazetteer);
    }

    public List<PlaceMention> find(AnalysisText text, List<Person> people) {
        String body = text.text();
        List<Token> tokens = Tokenizer.tokenize(body);
        Set<String> personWords = personWords(body, tokens, people);
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate c : scanner.scan(body, tokens)) {
            if (insidePerson(c, people)) {
                continue;
            }
            int[] entries = rules.admissible(body, tokens, c, personWords);
            if (entries.length > 0) {
                candidates.add(new Candidate(c.first(), c.last(), c.start(), c.end(), c.key(), entries));
            }
        }
        int[] chosen = resolver.resolve(body, tokens, candidates, demonymCountries(body, tokens));
        List<PlaceMention> places = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            GazetteerEntry e = gazetteer.entry(chosen[i]);
            places.add(new PlaceMention(c.start(), c.end(), body.substring(c.start(), c.end()), e.name(), e.country(),
                    e.lat(), e.lon(), e.kind().label(), e.id()));
        }
        return places;
    }

    private static boolean insidePerson(Candidate c, List<Person> people) {
        for (Person p : people) {
            for (Span s : p.mentions()) {
                if (s.overlaps(c.start(), c.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words the article uses in people's names: from the people finder, and after titles ("Mr. Jordan"). */
    private Set<String> personWords(String body, List<Token> tokens, List<Person> people) {
        Set<String> words = new HashSet<>();
        for (Person p : people) {
            for (String w : p.name().split("[\\s.]+")) {
                if (w.length() > 2) {
                    words.add(Gazetteer.key(w));
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token title = tokens.get(i);
            if (title.capitalised() && !title.headline() && NotPlaceRules.TITLES.contains(NotPlaceRules.word(body, title))) {
                for (int j = i + 1; j < tokens.size() && j <= i + 3 && tokens.get(j).capitalised()
                        && CandidateScanner.joined(body, tokens.get(j - 1), tokens.get(j)); j++) {
                    words.add(NotPlaceRules.word(body, tokens.get(j)));
                }
            }
        }
        addNameEnds(body, tokens, words);
        return words;
    }

    /**
     * "Hadi al-Ameri", "Chiquita Raquel Henry": two or three capitalised words that are neither ordinary words
     * nor the start of a gazetteer name read as a person's name; its last word ("Ameri") names them later.
     */
    private void addNameEnds(String body, List<Token> tokens, Set<String> words) {
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && j - i < 3 && nameWord(body, tokens.get(j + 1))
                    && CandidateScanner.joined(body, tokens.get(j), tokens.get(j + 1)) && !tokens.get(j).possessive()) {
                j++;
            }
            if (j > i && j - i < 3 && nameWord(body, tokens.get(i)) && !tokens.get(i).headline()
                    && gazetteer.lookup(Gazetteer.key(body.substring(tokens.get(i).start(), tokens.get(i).end()))).length == 0) {
                String last = NotPlaceRules.word(body, tokens.get(j));
                words.add(last.replaceFirst("^(al|el| al|ad|ar|as|az|ash)-", ""));
            }
            i = j + 1;
        }
    }

    private boolean nameWord(String body, Token t) {
        String word = NotPlaceRules.word(body, t);
        return t.capitalised() && !t.allCaps() && word.length() > 1 && !gazetteer.isCommonWord(word)
                || word.matches("(al|el|ad|ar|as|az|ash)-.+");
    }

    private Map<String, Integer> demonymCountries(String body, List<Token> tokens) {
        Map<String, Integer> countries = new HashMap<>();
        for (Token t : tokens) {
            if (t.capitalised()) {
                String country = gazetteer.demonymCountry(body.substring(t.start(), t.end()));
                if (country != null) {
                    countries.merge(country, 1, Integer::sum);
                }
            }
        }
        return countries;
    }
}
