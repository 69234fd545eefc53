package org.broadsheet.analysis.people;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.AnalysisText.Block;
import org.broadsheet.analysis.text.Token;
import org.broadsheet.analysis.text.Tokenizer;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;
import org.broadsheet.model.Span;

/**
 * Finds the people named in an article, each with all their mentions. A capitalised run is a person
 * when a title or role introduces it ("Prime Minister Haider al-Abadi", "nominee Mike Pence"), when it
 * opens with a common given name ("Hillary Clinton"), or when it is two or more words and the subject
 * of a speech verb ("Hadi al-Ameri, who heads ..., said"). Later short forms ("Ameri", "Mr. Trump",
 * "Hillary") are merged into the person they name; a surname two people share goes to the one named
 * most recently. A lede that introduces a speaker by description only ("A senior commander of ...
 * says") lends that description as the role of the first person quoted by name after it. Thread-safe.
 */
public final class PeopleFinder {
    private static final Pattern LEDE_DESCRIPTION =
            Pattern.compile("^(?:A|An) ((?:[\\p{Ll}\\-]+ ){0,3}[\\p{Ll}]+(?: (?:of|for|at|in|with) [^,.]{2,60}?)?)"
                    + "(?:,[^.]{0,80},)? (?:says|said|told|tells|warns|warned|urged|urges|insists|insisted)\\b");

    /** How close (in characters) a full-name mention must be to claim an ambiguous surname by recency. */
    private static final int NEAR = 300;

    private final Tokenizer tokenizer = new Tokenizer();
    private final NameRunScanner scanner = new NameRunScanner();

    /** The people of an article that get a person page ({@link PersonPages}): what {@code extract} reports. */
    public List<Person> find(AnalysisText text) {
        return PersonPages.select(Candidates.people(candidates(text)), Set.of(), name -> false);
    }

    /**
     * The candidates that get a person page ({@link PersonPages}), given the quotes found with them: a quote
     * credited to a name is evidence that it is a person's.
     */
    public List<Person> pages(List<Person> candidates, List<Quote> quotes, Predicate<String> placeName) {
        Set<String> speakers = new HashSet<>();
        for (Quote q : quotes) {
            if (q.speaker() != null) {
                speakers.add(q.speaker());
            }
        }
        return PersonPages.select(Candidates.people(candidates), speakers, placeName);
    }

    /**
     * Every name read as a person's, page or not ("Varnholt" alone, "Ohio Bureau"): quote attribution and the
     * place finder need them all, to resolve "Varnholt said" and to keep "Ohio" in a name from being a place.
     */
    public List<Person> candidates(AnalysisText text) {
        List<NameRun> runs = new ArrayList<>();
        List<List<Token>> blockTokens = new ArrayList<>();
        Set<String> lowerWords = new HashSet<>();
        for (Block block : text.blocks()) {
            List<Token> tokens =
                    GluedWords.splitAtTitles(text.text(), tokenizer.tokenize(text.text(), block.start(), block.end()));
            blockTokens.add(tokens);
            for (Token t : tokens) {
                if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
                    lowerWords.add(t.text());
                }
            }
        }
        for (List<Token> tokens : blockTokens) {
            if (!isHeadline(tokens, lowerWords)) {
                runs.addAll(scanner.scan(text.text(), tokens, lowerWords));
            }
        }
        Set<String> companies = new HashSet<>();
        for (NameRun run : runs) {
            if (run.company()) {
                companies.add(run.text());
            }
        }
        runs.removeIf(run -> companies.contains(run.text()));
        Set<String> shortForms = new HashSet<>();
        for (NameRun run : runs) {
            if (run.words().size() == 1 && !afterThe(text.text(), run.start())) {
                shortForms.add(PersonCluster.surnameKey(run.first()));
            }
        }
        List<PersonCluster> people = new ArrayList<>();
        for (NameRun run : runs) {
            if (isPersonEvidence(run) || isUsedShort(run, shortForms)) {
                PersonCluster match = findCluster(people, run, run.start());
                if (match == null) {
                    people.add(new PersonCluster(run));
                } else {
                    match.absorb(run);
                }
            }
        }
        SurnameFullNames.adopt(text.text(), blockTokens, shortForms, people);
        for (NameRun run : runs) {
            PersonCluster match = findCluster(people, run, run.start());
            if (match != null) {
                if (run.words().size() > 1) {
                    match.absorb(run);
                }
                match.mention(new Span(run.start(), run.end(), text.text().substring(run.start(), run.end())));
            }
        }
        lendLedeDescription(text, runs, people);
        List<Person> out = new ArrayList<>();
        Set<Person> things = new HashSet<>();
        for (PersonCluster c : people) {
            if (c.hasMentions()) {
                Person p = c.toPerson();
                out.add(p);
                if (c.isThing()) {
                    things.add(p);
                }
            }
        }
        return new Candidates(out, things);
    }

    /**
     * The candidates of an article, read like any list of people by quote attribution and the place finder, and
     * knowing which of them only name a thing after someone ("the Marrow Doctrine"): a name, so no place, but no
     * person's page.
     */
    private static final class Candidates extends AbstractList<Person> {
        private final List<Person> people;
        private final Set<Person> things;

        Candidates(List<Person> people, Set<Person> things) {
            this.people = List.copyOf(people);
            this.things = Set.copyOf(things);
        }

        @Override
        public Person get(int index) {
            return people.get(index);
        }

        @Override
        public int size() {
            return people.size();
        }

        static List<Person> people(List<Person> candidates) {
            if (!(candidates instanceof Candidates c) || c.things.isEmpty()) {
                return candidates;
            }
            List<Person> out = new ArrayList<>();
            for (Person p : c.people) {
                if (!c.things.contains(p)) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    /** "the Klan", "the Bronx": a word after "the" is a group's or a place's name, not a surname used alone. */
    private static boolean afterThe(String text, int start) {
        return start >= 4 && (text.startsWith("the ", start - 4) || text.startsWith("The ", start - 4));
    }

    /**
     * A title-case heading ("Hillary Clinton Was Headed to ER"): every long word capitalised, and
     * some of them written in lower case elsewhere in the article. Capitals there say nothing about names.
     */
    static boolean isHeadline(List<Token> tokens, Set<String> lowerWords) {
        int words = 0;
        int capitalised = 0;
        int commonWords = 0;
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                capitalised += t.isCapitalized() ? 1 : 0;
                commonWords += lowerWords.contains(t.text().toLowerCase(Locale.ROOT)) ? 1 : 0;
            }
        }
        return words >= 4 && words <= 25 && capitalised == words && (commonWords >= 2 || headlineVerb(tokens));
    }

    /**
     * "Varnholt Admits Plan Failed": a short title-case line with a verb in a headline's present tense (an
     * ordinary word ending in -s whose stem is one too) and two ordinary words that are no given names.
     */
    private static boolean headlineVerb(List<Token> tokens) {
        int ordinary = 0;
        int commas = 0;
        boolean verb = false;
        for (Token t : tokens) {
            String w = t.text();
            commas += t.is(",") ? 1 : 0;
            if (t.isWord() && w.length() > 3 && OrdinaryWords.isOrdinary(w) && !GivenNames.isGivenName(w)) {
                ordinary++;
                verb |= w.endsWith("s") && OrdinaryWords.isOrdinary(w.substring(0, w.length() - 1));
            }
        }
        return verb && ordinary >= 2 && commas <= 1 && tokens.size() <= 20;
    }

    private static boolean isPersonEvidence(NameRun run) {
        if (run.titled()) {
            return true;
        }
        return run.words().size() >= 2 && (GivenNames.isGivenName(run.first()) || run.speaks());
    }

    /**
     * "Bill Clinton ... Clinton left": a two- or three-word name whose last word also stands alone
     * elsewhere in the article is how news introduces a person and then refers to them.
     */
    private static boolean isUsedShort(NameRun run, Set<String> shortForms) {
        int n = run.words().size();
        String first = run.first();
        if (run.initial()
                && !GivenNames.isGivenName(first)
                && (first.endsWith("ing") || first.indexOf('’') >= 0 || first.indexOf('\'') >= 0)) {
            return false; // "Injecting Clinton ...", "We're America": a sentence's verb first
        }
        return n >= 2
                && n <= 3
                && shortForms.contains(PersonCluster.surnameKey(run.last()))
                && run.words().stream()
                        .allMatch(w -> w.length() > 1
                                        && Character.isUpperCase(w.charAt(0))
                                        && !w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')
                                || NameRunScanner.isParticle(w));
    }

    /** The person a run names: full match first, then a surname or given name alone. */
    private static PersonCluster findCluster(List<PersonCluster> people, NameRun run, int offset) {
        PersonCluster best = null;
        String surname = PersonCluster.surnameKey(run.last());
        for (PersonCluster c : people) {
            if (c.sameAs(run, surname) && (best == null || preferred(c, best, offset))) {
                best = c;
            }
        }
        if (best == null && run.words().size() == 1 && GivenNames.isGivenName(run.first())) {
            for (PersonCluster c : people) {
                if (run.first().equals(c.givenName())) {
                    if (best != null) {
                        return null; // two people share the given name
                    }
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * Two people share a surname: the one named just before (same paragraph or so) is meant;
     * otherwise the one the article names more often ("Cruz" is Ted Cruz, not a passing Heidi Cruz).
     */
    private static boolean preferred(PersonCluster c, PersonCluster best, int offset) {
        int cLast = c.lastMentionBefore(offset);
        int bestLast = best.lastMentionBefore(offset);
        boolean cNear = cLast >= 0 && offset - cLast < NEAR;
        boolean bestNear = bestLast >= 0 && offset - bestLast < NEAR;
        if (cNear != bestNear) {
            return cNear;
        }
        if (cNear || c.mentionCount() == best.mentionCount()) {
            return cLast > bestLast;
        }
        return c.mentionCount() > best.mentionCount();
    }

    private static void lendLedeDescription(AnalysisText text, List<NameRun> runs, List<PersonCluster> people) {
        List<Block> blocks = text.blocks();
        for (int b = 0; b < Math.min(2, blocks.size()); b++) {
            Matcher m = LEDE_DESCRIPTION.matcher(text.blockText(blocks.get(b)));
            if (!m.find()) {
                continue;
            }
            int searchEnd = blocks.get(Math.min(b + 2, blocks.size() - 1)).end();
            for (NameRun run : runs) {
                if (run.start() >= blocks.get(b).end() && run.start() < searchEnd && run.speaks()) {
                    PersonCluster c = findCluster(people, run, run.start());
                    if (c != null) {
                        c.setRoleIfAbsent(m.group(1));
                    }
                    return;
                }
            }
            return;
        }
    }
}
