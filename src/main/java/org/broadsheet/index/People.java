package org.broadsheet.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.broadsheet.analysis.people.PersonPages;
import org.broadsheet.model.Article;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;

/**
 * People across the archive. The same normalised full name (case, accents and punctuation folded) on
 * different articles is one person with one page. A quote's speaker counts when the article's people include
 * them ({@link #hasPage}).
 *
 * <p>A person has a page when something is attributed to them, or when they are named in at least
 * {@link #ARTICLES_FOR_A_PAGE} articles ({@link #earnsPage}). A name mentioned once and never quoted is
 * still found, marked in its article and in the extract JSON, but a page for it would hold one link back
 * to that article: in a news archive that is more than half of all names, pages a reader never needs,
 * that crowd out the people index and double a build's output.
 */
public final class People {
    /** Lower-case particles inside names: "Ludwig van Beethoven". */
    private static final Set<String> NAME_PARTICLES =
            Set.of("de", "da", "di", "del", "van", "von", "der", "den", "du", "al", "el", "bin", "ibn", "la", "le");
    /** Words of bodies of people and organisations credited with quotes: "Oversight Committee Republicans". */
    private static final org.broadsheet.analysis.text.Lexicon COLLECTIVES =
            org.broadsheet.analysis.text.Lexicon.load("collective-words");

    /** Articles that must name an unquoted person before they get a page of their own. */
    public static final int ARTICLES_FOR_A_PAGE = 2;

    private final Map<String, PersonEntry> bySlug;

    People(List<Article> newestFirst) {
        Map<String, Builder> builders = new TreeMap<>();
        Map<String, String> slugs = new java.util.HashMap<>();
        for (Article a : newestFirst) {
            for (Person p : a.extraction().people()) {
                Builder b = builders.computeIfAbsent(
                        slugs.computeIfAbsent(p.name(), People::slugFor), s -> new Builder(s, p.name()));
                if (b.role == null && p.role() != null) {
                    b.role = p.role();
                }
                // articles come one at a time, so a repeat can only be the last one added
                if (b.articles.isEmpty() || b.articles.get(b.articles.size() - 1) != a) {
                    b.articles.add(a);
                }
                b.mentions += p.mentions().size();
            }
            for (Quote q : a.extraction().quotes()) {
                if (hasPage(a, q)) {
                    builders.computeIfAbsent(
                                    slugs.computeIfAbsent(q.speaker(), People::slugFor),
                                    s -> new Builder(s, q.speaker()))
                            .quotes
                            .add(new QuoteRef(a, q));
                }
            }
        }
        Map<String, PersonEntry> out = new LinkedHashMap<>();
        builders.forEach((slug, b) -> {
            if (earnsPage(b.quotes.size(), b.articles.size())) {
                out.put(slug, new PersonEntry(slug, b.name, b.role, b.quotes, b.articles, b.mentions));
            }
        });
        this.bySlug = Collections.unmodifiableMap(out);
    }

    /**
     * Whether a quote's speaker has a person page: when the article's people include them, or the credit
     * reads as a person's name ({@link #namelike}). A speaker that is neither ("Reuters", "Democrats",
     * "China") keeps the quote's credit in the text, with no page of its own. Decided from the article
     * alone, so an article's page depends on nothing else.
     */
    public static boolean hasPage(Article a, Quote q) {
        if (q.speaker() == null) {
            return false;
        }
        for (Person p : a.extraction().people()) {
            if (p.name().equals(q.speaker())) {
                return true;
            }
        }
        return namelike(q.speaker());
    }

    /**
     * A speaker the people finder missed but whose credit reads as a person's name: two to five capitalised
     * words ("Niamh Kelly", "Oscar P. Quintero"), not a title ("The New York Times") and not a body of
     * people ("Oversight Committee Republicans"), and a name by the rules people found in the text must meet to
     * have a page ({@link PersonPages#readsAsName}: no "Managing Director", no "GAZETTE Ohio"). The people finder
     * did not read it as a person's name, so the quote is all the evidence there is: a first word that is an
     * ordinary word and no given name ("Sorry Marta", "Popular Tobias") takes the page away
     * ({@link PersonPages#opensWithOrdinaryWord}).
     */
    static boolean namelike(String speaker) {
        String[] words = speaker.split(" ");
        if (words.length < 2
                || words.length > 5
                || words[0].equals("The")
                || !PersonPages.readsAsName(speaker)
                || PersonPages.opensWithOrdinaryWord(speaker)) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty()
                    || !Character.isUpperCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)
                    || COLLECTIVES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether someone quoted this often, in this many articles, gets a page (see the class comment). */
    static boolean earnsPage(int quotes, int articles) {
        return quotes > 0 || articles >= ARTICLES_FOR_A_PAGE;
    }

    /** The slug of a person's page: their full name, normalised. */
    public static String slugFor(String fullName) {
        String folded = Normalizer.normalize(fullName, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Slugs.slugify(folded, "person");
    }

    /** Everyone with a page, by slug (alphabetical). */
    public Map<String, PersonEntry> all() {
        return bySlug;
    }

    /** The person of this name, or null when they have no page. */
    public PersonEntry get(String fullName) {
        return bySlug.get(slugFor(fullName));
    }

    private static final class Builder {
        final String slug;
        final String name;
        String role;
        final List<QuoteRef> quotes = new ArrayList<>();
        final List<Article> articles = new ArrayList<>();
        int mentions;

        Builder(String slug, String name) {
            this.slug = slug;
            this.name = name;
        }
    }
}
