package org.broadsheet.analysis.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.broadsheet.analysis.NamedRule;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.model.Person;

/**
 * Evidence that a gazetteer name is part of a person's name here: a title before it ("Mrs. Austin"), a first
 * name or middle initial before it ("Paul R. Jackson"), a surname after a first name ("Alan Selkirk"), an age
 * after it ("Jones, 41,"), a speech verb beside a small town's name ("Austin said"), a name after a speech verb
 * ("said Kenner Voss,"), a quoted nickname beside it ("Robert “Bobby” Dayton"), a town's name in a person's role
 * ("stabbed Hammond", "Hammond's mother"), or the same word used in a person's name elsewhere in the article.
 */
final class PersonNames {
    static final Lexicon TITLES = Lexicon.load("person-titles");
    private static final Lexicon SPEECH =
            Lexicon.load("invertible-speech-verbs").plus(Set.of("told", "testified"));

    private static final Set<String> SAINT_WORDS = Set.of("st", "ste", "saint");
    private static final Pattern NICKNAME_BEFORE =
            Pattern.compile("\\p{Lu}[\\p{L}.]* [\"“‘]\\p{Lu}[\\p{L}. ]{0,15}[\"”’] $");
    private static final Pattern NICKNAME_AFTER = Pattern.compile(" [\"“‘]\\p{Lu}[\\p{L}. ]{0,15}[\"”’] \\p{Lu}");

    /** Regnal numbers after a monarch's or pope's name. */
    private static final Lexicon REGNAL = Lexicon.load("regnal-numbers");

    /** Lower-case particles inside people's names: "Haider al-Abadi", "Ludwig van Beethoven". */
    private static final Lexicon NAME_PARTICLES = Lexicon.load("name-particles");

    /** Words that are never a surname, though some are places' names: "Ohio The meeting" lacks a full stop. */
    private static final Lexicon FUNCTION_WORDS = Lexicon.load("never-surnames");

    /** First names that also begin place names ("North Texas", "Lake Charles"): no evidence of a person. */
    private static final Lexicon PLACE_WORDS = Lexicon.load("place-name-openers");

    private final Gazetteer gazetteer;
    private final PersonRoles roles;
    private final Set<String> off;
    private final List<NamedRule<NameContext>> strong;

    /** @param off names of rules not to apply: a test shows that each rule is needed by turning it off */
    PersonNames(Gazetteer gazetteer, Set<String> off) {
        this.gazetteer = gazetteer;
        this.roles = new PersonRoles(gazetteer);
        this.off = Set.copyOf(off);
        this.strong = strongEvidence();
    }

    /** One candidate as the name rules see it: the words around it, read once. */
    private static final class NameContext {
        final String text;
        final List<Token> tokens;
        final Candidate c;
        final boolean broad;
        final Set<String> personWords;
        final Token first;
        final Token last;
        final boolean single;
        final boolean titleCase;
        /** The word before, when it is inside the sentence and the name is no function word; else null. */
        final Token prev;

        private String before;
        final String gap;
        final boolean close;
        /** The word after, when the name is not possessive; else null. */
        final Token next;

        private String after;
        final boolean closeAfter;

        NameContext(String text, List<Token> tokens, Candidate c, boolean broad, Set<String> personWords) {
            this.text = text;
            this.tokens = tokens;
            this.c = c;
            this.broad = broad;
            this.personWords = personWords;
            this.first = tokens.get(c.first());
            this.last = tokens.get(c.last());
            this.single = c.first() == c.last();
            this.titleCase = first.headline();
            boolean hasPrev = c.first() > 0 && !first.sentenceStart() && !FUNCTION_WORDS.contains(c.key());
            this.prev = hasPrev ? tokens.get(c.first() - 1) : null;
            this.gap = hasPrev ? text.substring(prev.end(), first.start()) : "";
            this.close = hasPrev && !prev.possessive() && (gap.equals(" ") || gap.equals(". "));
            boolean hasNext = !last.possessive() && c.last() + 1 < tokens.size();
            this.next = hasNext ? tokens.get(c.last() + 1) : null;
            this.closeAfter = hasNext && text.startsWith(" ", last.end()) && next.start() == last.end() + 1;
        }

        /** The word before as a gazetteer key ("" when there is none), read when a rule first asks. */
        String before() {
            if (before == null) {
                before = prev == null ? "" : NotPlaceRules.word(text, prev);
            }
            return before;
        }

        String after() {
            if (after == null) {
                after = next == null ? "" : NotPlaceRules.word(text, next);
            }
            return after;
        }
    }

    /** The strong evidence (title, first name, initial, age), which holds for every mention of the word. */
    private List<NamedRule<NameContext>> strongEvidence() {
        return List.of(
                NamedRule.of(
                        "name-elsewhere",
                        "Dr. Ann Dover spoke. Later Dover left",
                        n -> n.personWords.contains(n.c.key()) && !nation(n.c)),
                NamedRule.of(
                        "spoken-name",
                        "“Thank you, Austin,” she said",
                        n -> n.single
                                && !n.titleCase
                                && spokenName(n.text, n.tokens, n.c.first())
                                && !broadPlace(n.c.key())),
                NamedRule.of(
                        "beside-nickname",
                        "Robert “Bobby” Dayton",
                        n -> n.single && !n.titleCase && besideNickname(n.text, n.c) && !broadPlace(n.c.key())),
                NamedRule.of(
                        "title-before",
                        "Mrs. Austin greeted them",
                        n -> n.close && TITLES.contains(n.before()) && n.prev.capitalised()),
                NamedRule.of(
                        "initial-before",
                        "Paul R. Jackson arrived",
                        n -> n.close
                                && n.prev.capitalised()
                                && n.before().length() == 1
                                && n.gap.equals(". ")
                                && !compassInitial(n.text, n.tokens, n.c.first() - 1)),
                NamedRule.of(
                        "first-name-before",
                        "Alan Selkirk arrived",
                        n -> n.close
                                && n.gap.equals(" ")
                                && n.prev.capitalised()
                                && !n.prev.allCaps()
                                && !"the".equals(n.before())
                                && !NotPlaceRules.CALENDAR.contains(n.before())
                                && (gazetteer.isFirstName(n.before()) && !PLACE_WORDS.contains(n.before())
                                        || !n.titleCase
                                                && !gazetteer.isCommonWord(n.before())
                                                && gazetteer.lookup(n.before()).length == 0)),
                // Inside a sentence, a capitalised ordinary word that names no place, right before a small town's
                // name, is a first name that is also a word (Mitt, Bill, Hope), not a description of the town.
                // Only where the word opens the name: "Chamber of Commerce Serving Fairview" and "Keep Wales Green"
                // are titles in capitals.
                NamedRule.of(
                        "word-first-name-before",
                        "the senator Hope Selby",
                        n -> n.close
                                && n.gap.equals(" ")
                                && n.prev.capitalised()
                                && !n.prev.allCaps()
                                && !n.prev.sentenceStart()
                                && !n.titleCase
                                && n.single
                                && opensName(n)
                                && gazetteer.isCommonWord(n.before())
                                && gazetteer.lookup(n.before()).length == 0
                                && !PLACE_WORDS.contains(n.before())
                                && !NotPlaceRules.COMPASS.contains(n.before())
                                && !FUNCTION_WORDS.contains(n.before())
                                && !NotPlaceRules.CALENDAR.contains(n.before())
                                && !nation(n.c)
                                && !broadPlace(n.c.key())
                                && maxPopulation(n.c) < 100_000),
                // A state's name before another place's is no first name ("Ohio Northern University"); a street or
                // an office after a town's name is no surname ("Elkton Township", "Jersey Ave.").
                NamedRule.of(
                        "surname-after",
                        "Dover Kessler, the coach",
                        n -> n.closeAfter
                                && n.next.capitalised()
                                && !n.next.allCaps()
                                && !gazetteer.isCommonWord(n.after())
                                && !NotPlaceRules.CALENDAR.contains(n.after())
                                && !NotPlaceRules.STREETS.contains(n.after())
                                && !PlaceCues.CIVIC.contains(n.after())
                                && !"twp".equals(n.after())
                                && (n.single
                                                && gazetteer.isFirstName(n.c.key())
                                                && !(broadPlace(n.c.key()) && gazetteer.lookup(n.after()).length > 0)
                                        || n.single
                                                && !n.titleCase
                                                && !n.broad
                                                && maxPopulation(n.c) < 100_000
                                                && gazetteer.lookup(n.after()).length == 0)),
                NamedRule.of(
                        "regnal-number-after",
                        "King Henry VIII",
                        n -> n.closeAfter && REGNAL.contains(n.text.substring(n.next.start(), n.next.end()))),
                NamedRule.of(
                        "age-after",
                        "Austin, 41, was hurt",
                        n -> n.next != null
                                && n.text.startsWith(", ", n.last.end())
                                && Character.isDigit(n.text.charAt(n.next.start()))
                                && n.text.startsWith(",", n.next.end())
                                && n.next.end() - n.next.start() <= 3));
    }

    /** The rule reading a mention as part of a person's name, weak evidence included; null when none does. */
    String nameRule(String text, List<Token> tokens, Candidate c, boolean broad, Set<String> personWords) {
        String strong = strongRule(text, tokens, c, broad, personWords);
        if (strong != null) {
            return strong;
        }
        return !off.contains(SPEECH_VERB_BESIDE)
                        && c.first() == c.last()
                        && !broad
                        && besideSpeechVerb(text, tokens, c)
                        && maxPopulation(c) < 100_000
                ? SPEECH_VERB_BESIDE
                : null;
    }

    /** The rule that a word used in a person's name elsewhere in the article is a name here too. */
    static final String NAME_ELSEWHERE = "name-elsewhere";
    /** Why a small town's name is a name in every mention: it speaks ({@link #speaker}). */
    static final String SPEAKER = "speaker";

    /** The weak evidence, for this mention only: "Austin said", "said Austin". */
    static final String SPEECH_VERB_BESIDE = "speech-verb-beside";

    /** The strong evidence only (title, first name, initial, age), which holds for every mention of the word. */
    boolean looksLikeName(String text, List<Token> tokens, Candidate c, boolean broad, Set<String> personWords) {
        return strongRule(text, tokens, c, broad, personWords) != null;
    }

    /** The strong rule that reads a mention as part of a person's name, or null. */
    String strongRule(String text, List<Token> tokens, Candidate c, boolean broad, Set<String> personWords) {
        NamedRule<NameContext> rule =
                NamedRule.first(strong, new NameContext(text, tokens, c, broad, personWords), off);
        return rule == null ? null : rule.name();
    }

    private static boolean opensName(NameContext n) {
        return n.c.first() < 2
                || !n.tokens.get(n.c.first() - 2).capitalised()
                || n.tokens.get(n.c.first() - 1).sentenceStart();
    }

    /** Every rule's name, for spec cases to cite. */
    List<String> ruleNames() {
        List<String> names = new java.util.ArrayList<>();
        strong.forEach(r -> names.add(r.name()));
        names.add(SPEECH_VERB_BESIDE);
        names.add(SPEAKER);
        return names;
    }

    /**
     * A small town's name beside a speech verb ("Austin said", "St. Charles said"), where no country or state
     * shares the name: a speaker, and so a person in the article's other mentions too ("Robertson and her father
     * reopened it").
     */
    boolean speaker(String text, List<Token> tokens, Candidate c) {
        if (off.contains(SPEAKER)
                || c.first() != c.last() && !saintSurname(text, tokens, c)
                || maxPopulation(c) >= 100_000
                || !besideSpeechVerb(text, tokens, c)) {
            return false;
        }
        for (int i : c.entries()) {
            GazetteerEntry e = gazetteer.entry(i);
            if (e.kind() == GazetteerEntry.Kind.COUNTRY
                    || e.kind() == GazetteerEntry.Kind.REGION
                    || e.id().startsWith("admin1:")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "said Kenner Voss, director of ...", "said Ames Corbin.": two capitalised words right after a speech verb that
     * end the clause are the speaker's first name and surname, either of which may be a town's name.
     */
    private boolean spokenName(String text, List<Token> tokens, int k) {
        return spokenName(text, tokens, k - 1, k) || spokenName(text, tokens, k, k + 1);
    }

    private boolean spokenName(String text, List<Token> tokens, int firstName, int surname) {
        if (firstName < 1 || surname >= tokens.size() || tokens.get(firstName).sentenceStart()) {
            return false;
        }
        Token verb = tokens.get(firstName - 1);
        Token a = tokens.get(firstName);
        Token b = tokens.get(surname);
        boolean clauseEnds = b.end() == text.length() || !b.possessive() && ",.;".indexOf(text.charAt(b.end())) >= 0;
        return SPEECH.contains(verb.text(text))
                && text.startsWith(" ", verb.end())
                && verb.end() + 1 == a.start()
                && text.startsWith(" ", a.end())
                && a.end() + 1 == b.start()
                && !a.possessive()
                && clauseEnds
                && properWord(text, a)
                && properWord(text, b)
                && !gazetteer.isCommonWord(NotPlaceRules.word(text, a));
    }

    /** "Robert “Bobby” Dayton", "Marion \"Mo\" Hale": a quoted nickname between a first name and a surname. */
    private static boolean besideNickname(String text, Candidate c) {
        return NICKNAME_BEFORE
                        .matcher(text.substring(Math.max(0, c.start() - 40), c.start()))
                        .find()
                || NICKNAME_AFTER
                        .matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 40)))
                        .lookingAt();
    }

    /** A capitalised word that is neither a title, nor a day or month, nor a compass, place or street word. */
    private boolean properWord(String text, Token t) {
        String w = NotPlaceRules.word(text, t);
        return t.capitalised()
                && !t.allCaps()
                && !TITLES.contains(w)
                && !NotPlaceRules.STREETS.contains(w)
                && !NotPlaceRules.CALENDAR.contains(w)
                && !PLACE_WORDS.contains(w)
                && !NotPlaceRules.COMPASS.contains(w)
                && !PlaceCues.CIVIC.contains(w);
    }

    /** "St. Charles said": surnames made of a saint's name, in two words like the towns named after the saint. */
    private static boolean saintSurname(String text, List<Token> tokens, Candidate c) {
        return c.last() == c.first() + 1 && SAINT_WORDS.contains(NotPlaceRules.word(text, tokens.get(c.first())));
    }

    /**
     * "W. Lebanon", "N. Charleston": a compass letter that follows no name is West or North, not a middle initial
     * ("John W. Lebanon").
     */
    private static boolean compassInitial(String text, List<Token> tokens, int initial) {
        Token t = tokens.get(initial);
        if ("NSEW".indexOf(text.charAt(t.start())) < 0) {
            return false;
        }
        if (initial == 0 || t.sentenceStart()) {
            return true;
        }
        Token before = tokens.get(initial - 1);
        return !(before.capitalised() && text.substring(before.end(), t.start()).equals(" "));
    }

    /** "Austin said", "said Snyder.": but not "the city of Elkton said" or "said Dover police". */
    private boolean besideSpeechVerb(String text, List<Token> tokens, Candidate c) {
        Token last = tokens.get(c.last());
        String previous = c.first() > 0 ? NotPlaceRules.word(text, tokens.get(c.first() - 1)) : "";
        boolean after = c.last() + 1 < tokens.size()
                && !last.possessive()
                && !"of".equals(previous)
                && !"in".equals(previous)
                && !"from".equals(previous)
                && SPEECH.contains(text.substring(
                        tokens.get(c.last() + 1).start(),
                        tokens.get(c.last() + 1).end()));
        boolean endsClause = last.end() == text.length() || ".,;".indexOf(text.charAt(last.end())) >= 0;
        boolean before = SPEECH.contains(previous)
                && text.startsWith(" ", tokens.get(c.first() - 1).end())
                && endsClause;
        return after || before;
    }

    /** "Helen Marsh, 64, of Orchard Road": the capitalised words before an age name a person. */
    private void addAgedNames(String body, List<Token> tokens, Set<String> words) {
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token age = tokens.get(k);
            if (age.end() - age.start() > 3
                    || !Character.isDigit(body.charAt(age.start()))
                    || !body.startsWith(", ", age.start() - 2)
                    || !body.startsWith(",", age.end())) {
                continue;
            }
            for (int j = k - 1;
                    j >= 0
                            && j >= k - 3
                            && tokens.get(j).capitalised()
                            && !tokens.get(j).allCaps();
                    j--) {
                words.add(NotPlaceRules.word(body, tokens.get(j)));
                if (j == 0 || !nameGap(body, tokens.get(j - 1), tokens.get(j))) {
                    break;
                }
            }
        }
    }

    private boolean broadPlace(String key) {
        for (int i : gazetteer.lookup(key)) {
            GazetteerEntry e = gazetteer.entry(i);
            if (e.kind() == GazetteerEntry.Kind.COUNTRY
                    || e.kind() == GazetteerEntry.Kind.REGION
                    || e.id().startsWith("admin1:")) {
                return true;
            }
        }
        return false;
    }

    /** Countries and world regions stay places even where a person shares their name. */
    private boolean nation(Candidate c) {
        for (int i : c.entries()) {
            GazetteerEntry.Kind kind = gazetteer.entry(i).kind();
            if (kind == GazetteerEntry.Kind.COUNTRY || kind == GazetteerEntry.Kind.REGION) {
                return true;
            }
        }
        return false;
    }

    private long maxPopulation(Candidate c) {
        long max = 0;
        for (int i : c.entries()) {
            max = Math.max(max, gazetteer.entry(i).population());
        }
        return max;
    }

    /**
     * Words the article uses in people's names: from the people finder, after titles ("Mr. Jordan"), the last word
     * of a first-name-led name ("Alan Selkirk", "Hadi al-Ameri"), and towns' names in people's roles
     * ({@link PersonRoles}).
     */
    Set<String> personWords(String body, List<Token> tokens, List<Person> people) {
        Set<String> words = new HashSet<>();
        for (Person p : people) {
            boolean organisation = organisation(p);
            String[] parts = p.name().split("[\\s.]+");
            for (int k = 0; k < parts.length; k++) {
                String key = Gazetteer.key(parts[k]);
                boolean place = gazetteer.lookup(key).length > 0;
                // A place opening a longer name is no first name there ("Toledo GM Sherry Bassin").
                boolean opening = k == 0 && parts.length > 1 && !gazetteer.isFirstName(key);
                if (key.length() > 2 && !(place && (organisation || opening))) {
                    words.add(key);
                }
            }
        }
        addAgedNames(body, tokens, words);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token head = tokens.get(i);
            String word = NotPlaceRules.word(body, head);
            boolean title = TITLES.contains(word) && head.capitalised();
            boolean firstName = gazetteer.isFirstName(word)
                    && head.capitalised()
                    && !head.allCaps()
                    && !gazetteer.isCommonWord(word);
            boolean particleName = i + 2 < tokens.size()
                    && nameWord(body, head)
                    && gazetteer.lookup(word).length == 0
                    && NAME_PARTICLES.contains(body.substring(
                            tokens.get(i + 1).start(), tokens.get(i + 1).end()))
                    && nameWord(body, tokens.get(i + 2));
            if (head.headline() || !title && !firstName && !particleName) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size()
                    && j < i + 4
                    && nameGap(body, tokens.get(j), tokens.get(j + 1))
                    && (nameWord(body, tokens.get(j + 1)) || particleBeforeName(body, tokens, j + 1))) {
                j++;
            }
            if (j > i
                    && gazetteer.lookup(Gazetteer.key(body.substring(
                                            head.start(), tokens.get(j).end())))
                                    .length
                            == 0
                    && !broadPlace(NotPlaceRules.word(body, tokens.get(j)))) {
                words.add(NotPlaceRules.word(body, tokens.get(j)));
            }
        }
        roles.addNames(body, tokens, words);
        return words;
    }

    /**
     * A "person" that is an organisation or a title the people finder took for a name: one that does not open
     * with a first name yet holds an ordinary English word ("Ohio Arts Council", "Simply Boston"), or of
     * three words or more that ends with one ("Texas Modular Homes Inc"), whose whole name is a place's ("Glen
     * Cove"), or that holds a digit ("A40 Oxford", a road). Its place names are still places, and so are the
     * other words of the article that share them; so is a place before a month ("Nairobi May"). "George Bush"
     * stays a person.
     */
    boolean organisation(Person p) {
        String[] words = p.name().split("[\\s.\\-]+");
        if (words.length < 2) {
            return false;
        }
        if (gazetteer.lookup(Gazetteer.key(p.name())).length > 0
                || p.name().chars().anyMatch(Character::isDigit)) {
            return true;
        }
        // "arrive in Nairobi May 9": a place and a date, not a person named April.
        if (NotPlaceRules.CALENDAR.contains(Gazetteer.key(words[words.length - 1]))
                && gazetteer.lookup(Gazetteer.key(words[0])).length > 0) {
            return true;
        }
        boolean firstName = gazetteer.isFirstName(Gazetteer.key(words[0]));
        if (words.length >= 3 && ordinaryWord(words[words.length - 1])) {
            return true;
        }
        for (String w : words) {
            if (!firstName && ordinaryWord(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean ordinaryWord(String w) {
        String key = Gazetteer.key(w);
        return key.length() > 2
                && Character.isUpperCase(w.charAt(0))
                && gazetteer.isCommonWord(key)
                && !gazetteer.isFirstName(key)
                && !NAME_PARTICLES.contains(key);
    }

    private boolean nameGap(String body, Token a, Token b) {
        String gap = body.substring(a.end(), b.start());
        return !a.possessive()
                && (gap.equals(" ")
                        || gap.equals(". ") && a.end() - a.start() == 1
                        || gap.equals("-") && NAME_PARTICLES.contains(body.substring(a.start(), a.end())));
    }

    private boolean nameWord(String body, Token t) {
        return t.capitalised() && !t.allCaps() && !gazetteer.isCommonWord(NotPlaceRules.word(body, t));
    }

    private boolean particleBeforeName(String body, List<Token> tokens, int k) {
        return k + 1 < tokens.size()
                && NAME_PARTICLES.contains(
                        body.substring(tokens.get(k).start(), tokens.get(k).end()))
                && nameWord(body, tokens.get(k + 1))
                && nameGap(body, tokens.get(k), tokens.get(k + 1));
    }
}
