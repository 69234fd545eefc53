package org.broadsheet.analysis.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.Explanation;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Span;

/**
 * Recognises toponyms and resolves each to one gazetteer entry: candidates from one pass over the words
 * ({@link CandidateScanner}), minus what is not a place ({@link NotPlaceRules}), resolved in the context
 * of the whole article ({@link PlaceResolver}). A demonym ("Kenyan troops") is a mention of its country, with
 * form {@link PlaceMention#DEMONYM}: three of the four annotated place corpora count them as toponyms, and a
 * reader of a country's page wants the articles about its forces and people too.
 * Thread-safe: holds only the shared immutable gazetteer.
 */
public final class PlaceFinder {
    private final Gazetteer gazetteer;
    private final CandidateScanner scanner;
    private final PersonNames personNames;
    private final NotPlaceRules rules;
    private final PlaceResolver resolver;
    private final CarNames cars;
    private final Set<String> off;

    public PlaceFinder() {
        this(Gazetteer.get());
    }

    PlaceFinder(Gazetteer gazetteer) {
        this(gazetteer, Set.of());
    }

    /** @param off names of rules not to apply ({@link #ruleNames()}): for showing that each rule is needed */
    PlaceFinder(Gazetteer gazetteer, Set<String> off) {
        this.gazetteer = gazetteer;
        this.scanner = new CandidateScanner(gazetteer);
        this.personNames = new PersonNames(gazetteer, off);
        this.rules = new NotPlaceRules(gazetteer, personNames, off);
        this.off = Set.copyOf(off);
        this.resolver = new PlaceResolver(gazetteer);
        this.cars = new CarNames(gazetteer);
    }

    /**
     * Whether a whole name ("Ben Lomond", "Glen Ridge") is a place the gazetteer knows: the people finder asks, so
     * that a place that reads like a person's name gets no person page without other evidence.
     */
    public boolean isPlaceName(String name) {
        return gazetteer.lookup(Gazetteer.key(name)).length > 0;
    }

    /** The names of the rules that reject a candidate, in the order they are tried, then those of person names. */
    List<String> ruleNames() {
        List<String> names = new ArrayList<>(List.of(CAR_NAME));
        names.addAll(rules.ruleNames());
        personNames.ruleNames().forEach(n -> names.add("part-of-person-name:" + n));
        return names;
    }

    public List<PlaceMention> find(AnalysisText text, List<Person> people) {
        return find(text, people, Explanation.NONE);
    }

    /** As {@link #find(AnalysisText, List)}, recording into {@code why} the rules behind each decision. */
    public List<PlaceMention> find(AnalysisText text, List<Person> people, Explanation why) {
        String body = text.text();
        List<Token> tokens = Tokenizer.tokenize(body);
        Set<String> personWords = personNames.personWords(body, tokens, people);
        // why each word is a person's name here, for an explanation of the mentions that name rejects
        Map<String, String> nameRules = new HashMap<>();
        List<Candidate> scanned = scanner.scan(body, tokens);
        for (Candidate c : scanned) {
            String rule = c.first() == c.last() ? personNames.strongRule(body, tokens, c, false, personWords) : null;
            if (rule != null) {
                personWords.add(c.key());
                if (!rule.equals(PersonNames.NAME_ELSEWHERE)) {
                    nameRules.putIfAbsent(c.key(), rule);
                }
            }
        }
        // The people finder sometimes takes an organisation for a person ("Ohio Arts Council"): its place
        // names stay places.
        List<Person> persons =
                people.stream().filter(p -> !personNames.organisation(p)).toList();
        Set<String> placed = new HashSet<>();
        Set<String> surely = new HashSet<>();
        for (int i = 0; i < scanned.size(); i++) {
            Candidate c = scanned.get(i);
            if (rules.placed(body, tokens, c)
                    || i > 0 && listedWith(body, scanned.get(i - 1), c) && plainName(scanned.get(i - 1))
                    || i + 1 < scanned.size()
                            && listedWith(body, c, scanned.get(i + 1))
                            && plainName(scanned.get(i + 1))) {
                placed.add(c.key());
            }
            if (rules.surelyPlaced(body, tokens, c)) {
                surely.add(c.key());
            }
        }
        // A small town's name that speaks ("Welch said") is a person in every mention no other mention places.
        for (Candidate c : scanned) {
            if (!placed.contains(c.key()) && personNames.speaker(body, tokens, c)) {
                personWords.add(c.key());
                nameRules.putIfAbsent(c.key(), PersonNames.SPEAKER);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> carMakes = cars.makesAsCars(body, tokens);
        for (Candidate c : scanned) {
            if (insidePerson(c, persons)) {
                if (why.recordsRejections()) {
                    why.rejected(FINDER, c.start(), c.end(), body.substring(c.start(), c.end()), "inside-person");
                }
                continue;
            }
            if (!off.contains(CAR_NAME) && cars.isCar(body, tokens, c, carMakes)) {
                if (why.recordsRejections()) {
                    why.rejected(FINDER, c.start(), c.end(), body.substring(c.start(), c.end()), CAR_NAME);
                }
                continue;
            }
            NotPlaceRules.Verdict verdict = rules.admissible(body, tokens, c, personWords, placed, surely);
            if (verdict.entries().length > 0) {
                candidates.add(new Candidate(c.first(), c.last(), c.start(), c.end(), c.key(), verdict.entries()));
            } else if (why.recordsRejections()) {
                String rule = verdict.rule();
                if (rule.endsWith(":" + PersonNames.NAME_ELSEWHERE) && nameRules.containsKey(c.key())) {
                    rule += ":" + nameRules.get(c.key()); // the rule that made the word a name elsewhere
                }
                if (why.recordsRejections()) {
                    why.rejected(FINDER, c.start(), c.end(), body.substring(c.start(), c.end()), rule);
                }
            }
        }
        int[] chosen =
                resolver.resolve(body, tokens, candidates, demonymCountries(body, tokens), stateMentions(body, tokens));
        List<PlaceMention> places = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (chosen[i] >= 0) {
                places.add(mention(body, c.start(), c.end(), gazetteer.entry(chosen[i])));
                if (why.on()) {
                    explainKept(why, body, c, placed, surely);
                }
            } else {
                if (why.recordsRejections()) {
                    why.rejected(FINDER, c.start(), c.end(), body.substring(c.start(), c.end()), "resolver-yields");
                }
            }
        }
        addStateAbbreviations(body, tokens, places);
        addDemonyms(body, tokens, places);
        places.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        if (why.on()) {
            for (PlaceMention p : places) {
                if (p.form() != null) {
                    why.kept(FINDER, p.start(), p.end(), p.text(), "demonym");
                } else if (why.rulesFor(FINDER, p.start(), p.end()).isEmpty()) {
                    why.kept(FINDER, p.start(), p.end(), p.text(), "state-abbreviation");
                }
            }
        }
        return places;
    }

    /** The finder's name in an {@link Explanation}. */
    public static final String FINDER = "places";
    /** The rule that a make's name used as a car ("a maroon Pontiac", "the Tahoe") is no place. */
    static final String CAR_NAME = "car-name";

    /** Found in the gazetteer, passed every not-place rule, placed by its context if it was, resolved. */
    private static void explainKept(Explanation why, String body, Candidate c, Set<String> placed, Set<String> surely) {
        String text = body.substring(c.start(), c.end());
        why.kept(FINDER, c.start(), c.end(), text, "gazetteer-name");
        if (surely.contains(c.key())) {
            why.kept(FINDER, c.start(), c.end(), text, "sure-place-context");
        } else if (placed.contains(c.key())) {
            why.kept(FINDER, c.start(), c.end(), text, "place-context");
        }
        why.kept(FINDER, c.start(), c.end(), text, "resolved-in-context");
    }

    private static PlaceMention mention(String body, int start, int end, GazetteerEntry e) {
        return new PlaceMention(
                start,
                end,
                body.substring(start, end),
                Gazetteer.displayName(e, body.substring(start, end)),
                e.country(),
                e.lat(),
                e.lon(),
                e.kind().label(),
                e.id());
    }

    /**
     * US states in AP style after a comma or party letter ("Gainesville, Ga.", "Smith, D-S.C."), in brackets
     * after a place ("Tamarack County (Ga.)") or, when dotted initials, anywhere ("the N.C. Highway Patrol");
     * postal codes right after a place and a comma ("Seattle, WA").
     */
    private void addStateAbbreviations(String body, List<Token> tokens, List<PlaceMention> places) {
        Set<Integer> placeEnds = new HashSet<>();
        for (PlaceMention p : places) {
            placeEnds.add(p.end());
        }
        for (Token t : tokens) {
            if (t.start() < 2 || !t.capitalised()) {
                continue;
            }
            int end = t.end() < body.length() && body.charAt(t.end()) == '.' && body.charAt(t.end() - 1) != '.'
                    ? t.end() + 1
                    : t.end();
            // "W. Va.", spaced, is West Virginia, not Virginia.
            int start = t.start() >= 3 && body.startsWith("W. Va.", t.start() - 3) ? t.start() - 3 : t.start();
            String word = start < t.start() ? "W.Va." : body.substring(t.start(), end);
            boolean afterComma = body.startsWith(", ", start - 2);
            boolean afterParty = body.charAt(start - 1) == '-' && Character.isUpperCase(body.charAt(start - 2));
            // "the Tamarack County (Ga.) Sheriff's Office", "The Bristol (Tenn.) Herald Courier".
            boolean bracketed = body.charAt(start - 1) == '(' && body.startsWith(")", end);
            boolean dotted = word.indexOf('.') < word.length() - 1;
            boolean road =
                    end + 1 < body.length() && body.charAt(end) == ' ' && Character.isDigit(body.charAt(end + 1));
            // Inside a sentence "a Ga. pastor" is the state too, unless the form is also a word ("Mass.", "Man.").
            boolean inSentence = !t.sentenceStart()
                    && body.charAt(start - 1) == ' '
                    && !gazetteer.isCommonWord(Gazetteer.key(word.substring(0, word.length() - 1)));
            boolean ap = word.endsWith(".") && (afterComma || afterParty || bracketed || dotted || inSentence) && !road;
            boolean postal = t.allCaps() && word.length() == 2 && afterComma && placeEnds.contains(t.start() - 2);
            String code = ap || postal ? gazetteer.stateAbbreviation(word) : null;
            int entry = code == null ? -1 : gazetteer.admin1Entry(code);
            if (entry >= 0) {
                // The abbreviation is the state: a town read from its letters ("Mont" of "D-Mont.") goes; a name
                // that holds it ("Washington D.C.") stays whole.
                int from = start;
                int to = end;
                if (places.stream()
                        .noneMatch(p -> p.start() <= from && to <= p.end() && p.end() - p.start() > to - from)) {
                    places.removeIf(p -> from <= p.start() && p.end() <= to);
                    places.add(mention(body, start, end, gazetteer.entry(entry)));
                }
            }
        }
    }

    /**
     * Inside a mention of a person. A mention that is only the first word of a longer name ("Toledo" of "Toledo GM
     * Sherry Bassin", "Jordan" of "Jordan Juniors Club") is not trusted: news calls people by their surnames.
     */
    /** A name that is neither an ordinary word nor a first name: "Auckland", not "Reading" or "Mason". */
    private boolean plainName(Candidate c) {
        return !gazetteer.isCommonWord(c.key()) && !gazetteer.isFirstName(c.key());
    }

    /** "Auckland and Wellington", "Boston, Reading": two names in one list, so of one kind. */
    private static boolean listedWith(String body, Candidate a, Candidate b) {
        String between = body.substring(a.end(), b.start());
        return between.equals(", ") || between.equals(" and ") || between.equals(", and ") || between.equals(" or ");
    }

    private static boolean insidePerson(Candidate c, List<Person> people) {
        for (Person p : people) {
            String name = p.name();
            for (Span s : p.mentions()) {
                if (s.overlaps(c.start(), c.end())
                        && !(name.startsWith(s.text() + " ") && s.text().indexOf(' ') < 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Demonyms ("Iraqi", "Americans") as mentions of their country, where no place already covers the word
     * ("New Yorker" stays whatever the name reading made of it).
     */
    private void addDemonyms(String body, List<Token> tokens, List<PlaceMention> places) {
        List<PlaceMention> found = new ArrayList<>();
        for (Token t : tokens) {
            String country = t.capitalised() ? gazetteer.demonymCountry(body.substring(t.start(), t.end())) : null;
            if (country != null && places.stream().noneMatch(p -> p.start() < t.end() && t.start() < p.end())) {
                GazetteerEntry e = countryEntry(country);
                found.add(new PlaceMention(
                        t.start(),
                        t.end(),
                        body.substring(t.start(), t.end()),
                        e.name(),
                        country,
                        e.lat(),
                        e.lon(),
                        e.kind().label(),
                        e.id(),
                        PlaceMention.DEMONYM));
            }
        }
        places.addAll(found);
    }

    private GazetteerEntry countryEntry(String iso2) {
        for (int i : gazetteer.lookup(Gazetteer.key(Gazetteer.countryName(iso2)))) {
            if (gazetteer.entry(i).id().equals("country:" + iso2)) {
                return gazetteer.entry(i);
            }
        }
        throw new IllegalStateException("no gazetteer entry for country " + iso2);
    }

    /**
     * US states and Canadian provinces in AP or Canadian Press form anywhere in the article ("a Ga. farmer",
     * "Helena, Mont."), by first-level area code: what the article says about where its towns lie.
     */
    private Map<String, Integer> stateMentions(String body, List<Token> tokens) {
        Map<String, Integer> states = new HashMap<>();
        for (Token t : tokens) {
            if (!t.capitalised() || t.end() >= body.length()) {
                continue;
            }
            int end = body.charAt(t.end()) == '.' && body.charAt(t.end() - 1) != '.' ? t.end() + 1 : t.end();
            int start = t.start() >= 2 && body.startsWith("W.", t.start() - 2) ? t.start() - 2 : t.start();
            String word =
                    t.start() >= 3 && body.startsWith("W. Va.", t.start() - 3) ? "W.Va." : body.substring(start, end);
            String code = word.endsWith(".") ? gazetteer.stateAbbreviation(word) : null;
            if (code != null) {
                states.merge(code, 1, Integer::sum);
            }
        }
        return states;
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
