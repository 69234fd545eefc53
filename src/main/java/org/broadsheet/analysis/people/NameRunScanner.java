package org.broadsheet.analysis.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.text.Token;

/**
 * Reads the tokens of a block into {@link NameRun}s: maximal runs of capitalised words, initials and
 * name particles ("al-", "bin", "van", "de"), "of" inside a title ("Secretary of State"), ended by a
 * possessive ("Clinton’s"). Leading sentence words ("But", "The") are dropped, the last title word
 * splits role from name, and a lower-case role noun just before the run ("nominee Mike Pence") counts
 * as a title. Thread-safe.
 */
final class NameRunScanner {
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "del", "della", "der", "den", "di", "du",
            "dos", "das", "la", "le", "st", "ter", "ten");
    private static final Set<String> SPEECH = Set.of(
            "said",
            "says",
            "told",
            "tells",
            "added",
            "adds",
            "wrote",
            "writes",
            "asked",
            "explained",
            "argued",
            "noted",
            "stated",
            "tweeted",
            "urged",
            "warned",
            "insisted",
            "declared",
            "claimed",
            "recalled",
            "replied",
            "responded",
            "continued",
            "acknowledged",
            "asks",
            "notes");

    /** "al-Ameri", "bin", "van": a lower-case name particle, alone or joined by a hyphen. */
    static boolean isParticle(String w) {
        int dash = w.indexOf('-');
        return PARTICLES.contains(dash > 0 ? w.substring(0, dash) : w);
    }

    private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our");
    private static final Set<String> ROLE_STOPS = Set.of(
            "the", "a", "an", "his", "her", "their", "its", "our", "and", "of", "by", "with", "to", "because", "that",
            "which", "when", "while", "as", "or", "but", "if", "after", "before", "since", "is", "was", "are", "were",
            "my", "your", "in", "on", "at", "for", "from");
    /** A reporting verb ends a role before a name: "..., said conservative activist Dana Kerr" is an activist. */
    private static final org.broadsheet.analysis.text.Lexicon SAY_VERBS =
            org.broadsheet.analysis.text.Lexicon.load("say-verbs");

    private static final Set<String> GOVERNING =
            Set.of("of", "in", "with", "from", "to", "at", "on", "for", "by", "against", "near", "across", "into");
    /** Endings of nouns for what a person does: manager, prosecutor, consultant, restaurateur, chairman. */
    private static final List<String> AGENT_ENDINGS = List.of("er", "or", "ist", "ant", "ent", "eur", "man", "woman");

    /** Tokens after which a capitalised word may be capitalised only because it opens a sentence. */
    private static final Set<String> OPENERS = Set.of(".", "!", "?", "“", "\"", "‘", "'", ":", "(", "—", "–", "-", "―");

    /**
     * @param commonWords words the article writes in lower case somewhere: capitalised at the start
     *                    of a name candidate they are sentence words ("Everything Trump says"), not names
     */
    List<NameRun> scan(String text, List<Token> tokens, Set<String> commonWords) {
        List<NameRun> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsRun(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            boolean possessive = isPossessive(tokens.get(i).text());
            while (!possessive && j < tokens.size() && continuesRun(tokens, j)) {
                possessive = isPossessive(tokens.get(j).text());
                j++;
            }
            NameRun run = toRun(tokens, i, j, commonWords);
            if (run != null) {
                out.add(run);
            }
            i = j;
        }
        return out;
    }

    private static boolean startsRun(Token t) {
        return t.isWord() && t.isCapitalized();
    }

    private static boolean continuesRun(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (!t.isWord()
                || t.start() == tokens.get(j - 1).end() && tokens.get(j - 1).isWord()) {
            return false; // a glued word split at a title ends the name before it
        }
        if (t.isCapitalized()) {
            return true;
        }
        String lower = t.text();
        boolean nextCapital = j + 1 < tokens.size()
                && tokens.get(j + 1).isCapitalized()
                && tokens.get(j + 1).isWord();
        if (PARTICLES.contains(lower) && nextCapital) {
            return true;
        }
        if (lower.equals("of")
                && nextCapital
                && PersonWords.isTitle(tokens.get(j - 1).bare())) {
            return true;
        }
        int dash = lower.indexOf('-'); // al-Ameri, el-Sisi
        return dash > 0
                && PARTICLES.contains(lower.substring(0, dash))
                && dash + 1 < lower.length()
                && Character.isUpperCase(lower.charAt(dash + 1));
    }

    private static boolean isPossessive(String w) {
        return w.endsWith("’s") || w.endsWith("'s") || w.endsWith("s’") || w.endsWith("s'");
    }

    /** "Olmstead-style", "Varnholt-type", "Marrow-era": a name made into an adjective; the name is the part before. */
    private static final Set<String> COMPOUND_SUFFIXES = Set.of(
            "style",
            "type",
            "like",
            "esque",
            "era",
            "backed",
            "led",
            "linked",
            "allied",
            "appointed",
            "funded",
            "owned",
            "based",
            "aligned",
            "inspired",
            "friendly");

    /** Rule {@code name.compound}: "Harriet Olmstead-style" names Harriet Olmstead. */
    private static String stripCompound(String w) {
        int dash = w.lastIndexOf('-');
        if (dash <= 0 || !COMPOUND_SUFFIXES.contains(w.substring(dash + 1))) {
            return w;
        }
        String name = w.substring(0, dash); // "Brandt-UK-based": the place goes too
        int inner = name.lastIndexOf('-');
        return inner > 0 && name.substring(inner + 1).chars().allMatch(Character::isUpperCase)
                ? name.substring(0, inner)
                : name;
    }

    /** Rule {@code name.sentence-adverb}: "Interestingly", "Certainly": an adverb opening the sentence, not a name. */
    private static boolean sentenceAdverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && !GivenNames.isGivenName(w) && OrdinaryWords.isOrdinary(w);
    }

    /** "Celebrities", "Officials": an ordinary plural noun that is no given name. */
    private static boolean pluralNoun(String w) {
        return w.length() > 4
                && w.endsWith("s")
                && !GivenNames.isGivenName(w)
                && OrdinaryWords.isOrdinary(w)
                && (OrdinaryWords.isOrdinary(w.substring(0, w.length() - 1)) || w.endsWith("ies"));
    }

    /** "US-based", "UK-led": a place abbreviation made into an adjective, after a name it is not part of. */
    private static boolean placeAdjective(String w) {
        String stripped = stripCompound(w);
        return !stripped.equals(w) && stripped.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("’s") || w.endsWith("'s")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("s’") || w.endsWith("s'") ? w.substring(0, w.length() - 1) : w;
    }

    /** A capitalised word shaped like a job: "Manager", "Prosecutor", "Consultant", "Restaurateur", "Chairman". */
    private static boolean agentNoun(String word) {
        return word.length() > 4
                && Character.isUpperCase(word.charAt(0))
                && Character.isLowerCase(word.charAt(1))
                && AGENT_ENDINGS.stream().anyMatch(word::endsWith);
    }

    private NameRun toRun(List<Token> tokens, int from, int to, Set<String> commonWords) {
        if (titleOfWork(tokens, from, to)) {
            return null;
        }
        while (from < to && PersonWords.isFunctionWord(tokens.get(from).bare())) {
            from++;
        }
        boolean firm = false;
        if (to - from >= 3 && COMPANY_ENDINGS.contains(tokens.get(to - 1).bare())) {
            to--; // "John Marlow Ltd.": the firm named after John Marlow
            firm = true;
        }
        int lastTitle = -1;
        for (int k = from; k < to; k++) {
            if (PersonWords.isTitle(tokens.get(k).bare())) {
                lastTitle = k;
            }
        }
        if (lastTitle >= from && lastTitle + 1 < to && tokens.get(lastTitle + 1).is("of")) {
            if (to - (lastTitle + 3) < 2) {
                return null; // "Republican of Iowa": a place follows, not a name
            }
            lastTitle += 2; // "Secretary of State Hillary Clinton"
        }
        int nameFrom = lastTitle + 1 > from ? lastTitle + 1 : from;
        // a capitalised role noun opening the run is a role, not a name: "Librarian Selma Hadzic said"
        int roleFrom = nameFrom;
        while (to - nameFrom >= 3 && PersonWords.isRoleNoun(tokens.get(nameFrom).text())) {
            nameFrom++;
        }
        boolean leadingRole = nameFrom > roleFrom;
        int runFrom = nameFrom;
        for (int k = nameFrom; k < to; k++) {
            if (!tokens.get(k).text().endsWith(".")
                    && PersonWords.isFunctionWord(tokens.get(k).bare())) {
                return null; // "Justice Against Sponsors ...": a title of a law
            }
        }
        while (to - nameFrom >= 2
                && !GivenNames.isGivenName(tokens.get(nameFrom).text())
                && !isParticle(tokens.get(nameFrom).text().toLowerCase(Locale.ROOT))
                && (commonWords.contains(tokens.get(nameFrom).text().toLowerCase(Locale.ROOT))
                        || SPEECH.contains(tokens.get(nameFrom).text().toLowerCase(Locale.ROOT))
                        || tokens.get(nameFrom).text().endsWith("ing")
                        || tokens.get(nameFrom).text().endsWith("ed")
                        || sentenceAdverb(tokens.get(nameFrom).text()))) {
            nameFrom++;
        }
        // "City Manager Jim Hartmann", "Coroner Bill Salisbury": a job noun that is no given name, before a given
        // name that opens a name of two more words, is the person's job.
        for (int k = nameFrom;
                k + 2 < to && !GivenNames.isGivenName(tokens.get(k).text());
                k++) {
            if (agentNoun(tokens.get(k).text())
                    && GivenNames.isGivenName(tokens.get(k + 1).text())) {
                if (!leadingRole) {
                    leadingRole = true;
                    roleFrom = runFrom;
                }
                nameFrom = k + 1;
                break;
            }
        }
        if (to - nameFrom >= 3 && placeAdjective(tokens.get(to - 1).text())) {
            to--; // "Ivo Brandt US-based steel maker"
        }
        // "Actors Nadia Okoro", "Floridians Nadia Okoro": a plural noun or a people that opens the run is what the
        // people are, not a name
        if (to - nameFrom >= 3
                && (pluralNoun(tokens.get(nameFrom).text())
                        || PlaceWords.isPluralDemonym(tokens.get(nameFrom).text()))
                && GivenNames.isGivenName(tokens.get(nameFrom + 1).text())) {
            nameFrom++;
        }
        if (nameFrom >= to || to - nameFrom > 4) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int k = nameFrom; k < to; k++) {
            String w = k == to - 1
                    ? stripCompound(stripPossessive(tokens.get(k).text()))
                    : tokens.get(k).text();
            if (!plausibleNameWord(w) || PersonWords.isFunctionWord(w)) {
                return null;
            }
            words.add(w);
        }
        if (PersonWords.isNotPerson(words)) {
            return null;
        }
        if (PlaceWords.isPlace(words)) {
            return null;
        }
        String honorific = null;
        String role = null;
        boolean titled = lastTitle >= from || leadingRole;
        if (leadingRole && lastTitle < from) {
            role = join(tokens, roleFrom, nameFrom);
        } else if (titled) {
            String t = tokens.get(lastTitle).bare();
            honorific = PersonWords.HONORIFICS.contains(t) ? t : null;
            if (honorific == null) {
                role = join(tokens, from, lastTitle + 1);
            }
        } else if (from > 0
                && to - nameFrom > 1
                && tokens.get(from - 1).isWord()
                && PersonWords.isRoleNoun(tokens.get(from - 1).text())) {
            titled = true;
            role = roleBefore(tokens, from);
        }
        boolean thing = !titled
                && to - nameFrom > 1
                && from > 0
                && MODIFIER_OPENERS.contains(tokens.get(from - 1).text()); // "the Marrow Doctrine"
        thing |= !titled
                && to < tokens.size()
                && BUSINESS_NOUNS.contains(tokens.get(to).text()); // "Tom Marlow stores"
        thing |= !titled && (employer(tokens, to) || character(tokens, from));
        Token firstName = tokens.get(nameFrom);
        Token lastName = tokens.get(to - 1);
        int end = lastName.start()
                + stripCompound(stripPossessive(lastName.text())).length();
        boolean governed = from > 0 && GOVERNING.contains(tokens.get(from - 1).text());
        boolean appositive = words.size() > 1 && !governed && roleAppositive(tokens, to);
        boolean initial = from == 0 || OPENERS.contains(tokens.get(from - 1).text());
        return new NameRun(
                firstName.start(),
                end,
                words,
                role,
                titled || appositive,
                honorific,
                speaksAfter(tokens, to),
                initial,
                firm || companyEnding(tokens, to) || firmAppositive(tokens, to),
                thing);
    }

    /**
     * Rule {@code name.after-the}: "the Delphine Kovacs award", "the Marrow Doctrine", "the so-called Marrow
     * effect": news writes a person's full name with no article before it, so a name of two words or more after
     * "the" (with no title, as in "the Rev. Aldo Varnholt") names a thing called after someone, a group or a place:
     * it gives no person page of its own ({@link NameRun#thing}), though it stays a name that is no place. One word
     * after "the" ("the Varnholt campaign") may still refer to a person named in full elsewhere, but is no evidence
     * that a name is a surname ({@link PeopleFinder}).
     */
    private static final Set<String> MODIFIER_OPENERS = Set.of("the", "The", "so-called");

    /**
     * Rule {@code name.business}: "Tom Marlow supermarket", "Dora Finch’s store", "Harbor City Herons football", "Jim
     * Marlow laws": a name right before a lower-case noun for a shop, a brand, a team or a law is a thing named after
     * someone, and gives no person page of its own ({@link NameRun#thing}).
     */
    private static final Set<String> BUSINESS_NOUNS = Set.of(
            "store",
            "stores",
            "shop",
            "shops",
            "supermarket",
            "supermarkets",
            "restaurant",
            "restaurants",
            "chain",
            "brand",
            "brands",
            "franchise",
            "dealership",
            "stadium",
            "arena",
            "football",
            "baseball",
            "basketball",
            "hockey",
            "soccer",
            "products",
            "tractors",
            "law",
            "laws",
            "era",
            "kind",
            "whiskey",
            "bourbon",
            "beer");

    /**
     * Rule {@code name.employer}: "Marlow Lynch food analyst Ada Finch": a name before a job at a firm and another
     * name is the employer of the person named after it (a campaign's jobs are left out: "Ada Finch spokesman Tom
     * Marlow" is a person's spokesman).
     */
    private static boolean employer(List<Token> tokens, int to) {
        int k = to;
        while (k < tokens.size()
                && k < to + 2
                && tokens.get(k).isWord()
                && !tokens.get(k).isCapitalized()
                && !FIRM_JOBS.contains(tokens.get(k).text())) {
            k++;
        }
        return k + 1 < tokens.size()
                && FIRM_JOBS.contains(tokens.get(k).text())
                && tokens.get(k + 1).isWord()
                && GivenNames.isGivenName(tokens.get(k + 1).text());
    }

    private static final Set<String> FIRM_JOBS =
            Set.of("analyst", "economist", "banker", "trader", "executive", "underwriter", "broker");

    /** Rule {@code name.character}: "his portrayal of Tim Marlow", "the role of Ada Finch": a character in a work. */
    private static boolean character(List<Token> tokens, int from) {
        return from >= 2
                && tokens.get(from - 1).is("of")
                && (tokens.get(from - 2).is("portrayal") || tokens.get(from - 2).is("role"));
    }

    private static final Set<String> OPENING_QUOTES = Set.of("“", "\"", "‘");
    private static final Set<String> CLOSING_QUOTES = Set.of("”", "\"", "’");

    /**
     * Rule {@code name.title-of-work}: “Harriet Olmstead: The Later Years”, “Harriet Olmstead,” in a list of films:
     * a name that fills a pair of quotation marks, or opens them and stops at a colon, is the title of a book, a
     * film or a show, not a mention of a person.
     */
    private static boolean titleOfWork(List<Token> tokens, int from, int to) {
        if (from == 0
                || to >= tokens.size()
                || !OPENING_QUOTES.contains(tokens.get(from - 1).text())) {
            return false;
        }
        String next = tokens.get(to).text();
        if (next.equals(":") || CLOSING_QUOTES.contains(next)) {
            return true;
        }
        return (next.equals(",") || next.equals(".") || next.equals("!") || next.equals("?"))
                && to + 1 < tokens.size()
                && CLOSING_QUOTES.contains(tokens.get(to + 1).text());
    }

    /** Rule {@code name.contraction}: "I’m", "We’re", "They’ve": a pronoun with its verb is no word of a name. */
    private static final List<String> CONTRACTIONS = List.of("’m", "'m", "’re", "'re", "’ve", "'ve", "’ll", "'ll");

    private static boolean plausibleNameWord(String w) {
        if (CONTRACTIONS.stream().anyMatch(w::endsWith)) {
            return false;
        }
        if (w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
            return w.length() <= 2 || w.endsWith("."); // initials "J." or "JR" but not "WALLACE" or "NATO"
        }
        return w.chars().anyMatch(Character::isLetter);
    }

    /** Lower-case role words before the run, from the nearest determiner or punctuation. */
    private static String roleBefore(List<Token> tokens, int runStart) {
        int k = runStart - 1;
        while (k > 0
                && runStart - k < 4
                && tokens.get(k - 1).isWord()
                && !ROLE_STOPS.contains(tokens.get(k - 1).text())
                && !SAY_VERBS.contains(tokens.get(k - 1).text())
                && !tokens.get(k - 1).isCapitalized()) {
            k--;
        }
        if (k > 0
                && tokens.get(k - 1).isCapitalized()
                && tokens.get(k - 1).isWord()
                && !PersonWords.isFunctionWord(tokens.get(k - 1).bare())) {
            k--; // "Republican vice-presidential nominee"
        }
        return join(tokens, k, runStart);
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** "Donald Trump, her Republican opponent, ...": an appositive naming a role. */
    private static boolean roleAppositive(List<Token> tokens, int to) {
        if (to + 2 >= tokens.size()
                || !tokens.get(to).is(",")
                || !APPOSITIVE_OPENERS.contains(tokens.get(to + 1).text())) {
            return false;
        }
        for (int k = to + 2; k < tokens.size() && k <= to + 6 && tokens.get(k).isWord(); k++) {
            if (PersonWords.isRoleNoun(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Ends of a company's name after a person's name it is named after: "Marlow & Co.", "Marlow, Inc.". */
    private static final Set<String> COMPANY_ENDINGS = Set.of("Co", "Inc", "Corp", "Ltd", "LLC", "PLC", "Sons");
    /** "&", or "and", or "amp" (what is left of an HTML "&amp;" in text copied from a web page). */
    private static final Set<String> AMPERSANDS = Set.of("&", "and", "amp");

    /**
     * Rule {@code name.company}: "Marlow & Co.", "Marlow & Sons", "Marlow, Inc.": a name followed by a company's
     * ending is the name of a firm, wherever else the article uses it ("Marlow said it would appeal").
     */
    private static boolean companyEnding(List<Token> tokens, int to) {
        int k = to;
        if (k < tokens.size()
                && (AMPERSANDS.contains(tokens.get(k).text()) || tokens.get(k).is(","))) {
            k++;
        }
        return k > to
                && k < tokens.size()
                && COMPANY_ENDINGS.contains(tokens.get(k).bare());
    }

    /** Nouns for a firm or a body, heading an appositive after its name: "Polly Marlow, a British conglomerate". */
    private static final Set<String> FIRM_NOUNS = Set.of(
            "company",
            "firm",
            "conglomerate",
            "bank",
            "corporation",
            "manufacturer",
            "maker",
            "retailer",
            "chain",
            "brand",
            "label",
            "band",
            "group",
            "publisher",
            "airline",
            "insurer",
            "lender",
            "subsidiary",
            "unit",
            "supplier",
            "distributor",
            "developer",
            "partnership",
            "fund");
    /** Words that may follow the head noun of such an appositive. */
    private static final Set<String> AFTER_HEAD =
            Set.of(",", ".", ";", ")", "that", "which", "whose", "based", "in", "of", "with", "and", "—", "–");

    /**
     * Rule {@code name.firm-appositive}: "Polly Marlow, a fast-growing British conglomerate, will pay ...": a name
     * whose appositive is headed by a noun for a firm is the firm's name, wherever else the article uses it ("Tom
     * Marlow, a company spokesman" is a person: the noun there is no head).
     */
    private static boolean firmAppositive(List<Token> tokens, int to) {
        if (to + 2 >= tokens.size()
                || !tokens.get(to).is(",")
                || !APPOSITIVE_OPENERS.contains(tokens.get(to + 1).text())) {
            return false;
        }
        for (int k = to + 2; k < tokens.size() && k <= to + 7; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (FIRM_NOUNS.contains(t.text())) {
                return k + 1 < tokens.size()
                        && AFTER_HEAD.contains(tokens.get(k + 1).text());
            }
        }
        return false;
    }

    /** "X said", "X also said", "X, who heads ..., said". */
    private static boolean speaksAfter(List<Token> tokens, int to) {
        int k = to;
        if (k < tokens.size() && tokens.get(k).is(",")) {
            int close = k + 1;
            while (close < tokens.size()
                    && close - k < 25
                    && !tokens.get(close).is(",")
                    && !tokens.get(close).is(".")) {
                close++;
            }
            k = close < tokens.size() && tokens.get(close).is(",") ? close + 1 : k;
        }
        for (int n = 0; k < tokens.size() && n < 3; k++, n++) {
            String w = tokens.get(k).text();
            if (SPEECH.contains(w)) {
                return true;
            }
            if (!tokens.get(k).isWord() || Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }
}
