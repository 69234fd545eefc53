package org.broadsheet.analysis.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.broadsheet.model.Person;

/**
 * Which of the people an article names get a person page: those whose name reads as one person's full
 * name. The finder has already asked for evidence that a name is a person's (a given name, a title, a role,
 * a speech verb, the surname used alone later); this is what no evidence outweighs:
 * <ul>
 *   <li>{@code page.full-name}: a surname or a title with a surname alone ("Varnholt", "Ayatollah Qasemi")
 *       names nobody in particular across an archive, so one word never makes a page,
 *       and nor does a surname that opens with a particle ("Le Brun", "De Vallier");</li>
 *   <li>{@code page.title-first}: a title or an abbreviation left in front ("Former Ohio", "Ga. Smith");</li>
 *   <li>{@code page.place}: the name of a country, a US state or a weekday ("Kenya Tuesday");</li>
 *   <li>{@code page.organisation}: a word of an institution, body, group or publication
 *       ({@code lexicon/organisation-cues.txt}: "Harbour Appeals", "Carpathian Orthodox", "Marlow Pump Co.");</li>
 *   <li>{@code page.role}: a credit that ends in a job title ({@code lexicon/role-words.txt}: "Managing
 *       Director");</li>
 *   <li>{@code page.initial}: a name cut off after an initial ("Warren P");</li>
 *   <li>{@code page.phrase}: ordinary English words only, the first no given name ("Blue Herons", "Green Lantern",
 *       "Grand Reading Room");</li>
 *   <li>{@code page.capitals}: a word in capitals ("GAZETTE Ohio"), words run together with no space
 *       ("OlsenShareReply"), an accent broken into a capital ("RenA") or a plural of capitals ("CEOs");</li>
 *   <li>{@code page.function-word}: a sentence word inside ("Marlow Analytics When").</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class PersonPages {
    private static final Set<String> ORGANISATION_CUES = WordList.load("/lexicon/organisation-cues.txt");
    private static final Set<String> ROLE_WORDS = WordList.load("/lexicon/role-words.txt");

    private PersonPages() {}

    /** European surname particles: a name that opens with one is a surname alone ("Le Brun", "De Vallier"). */
    private static final Set<String> SURNAME_PARTICLES = Set.of(
            "de", "da", "di", "du", "del", "della", "le", "la", "van", "von", "der", "den", "dos", "das", "ter", "ten");
    /** Months that end no name ("Accra April", "Daisy May"); January and March are also surnames. */
    private static final Set<String> MONTHS_NO_SURNAME = Set.of(
            "February", "April", "May", "June", "July", "August", "September", "October", "November", "December");
    /** Days and feasts: "Kenya Tuesday", "Christmas Regatta". */
    private static final Set<String> CALENDAR = Set.of(
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "Christmas",
            "Easter",
            "Thanksgiving",
            "Ramadan");

    private static final Set<String> MONTHS = Set.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");

    /**
     * The people of an article that get a page, in the order found.
     *
     * @param speakers  the names quotes in the article are credited to: evidence that a name is a person's
     * @param placeName whether a whole name is a place the gazetteer knows
     */
    static List<Person> select(List<Person> people, Set<String> speakers, Predicate<String> placeName) {
        List<Person> out = new ArrayList<>();
        for (Person p : people) {
            if (readsAsName(p.name())
                    && !dateBeforeSurname(p, people)
                    && !sentenceWordBeforeGivenName(p.name().split(" "))
                    && !team(p.name(), placeName)
                    && (!ordinaryPhrase(p.name()) && !opensWithOrdinaryWord(p.name()) && !placeName.test(p.name())
                            || hasEvidence(p, speakers, placeName))) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Rule {@code page.place}: a whole name that is a gazetteer place ("Ben Lomond", "Glen Ellyn") is a person only
     * with the same evidence as below.
     *
     * Rule {@code page.ordinary-given-name}: "Grace Notes", "Rich Pickings", "Mac Folder": a given name that is
     * also an ordinary word, before ordinary words, makes a person only with more evidence: a role, the surname
     * used alone, or a quote credited to the name.
     */
    private static boolean ordinaryPhrase(String name) {
        for (String w : name.split(" ")) {
            if (!OrdinaryWords.isOrdinary(bare(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule {@code page.team}: "Spokane Otters", "Harbor City Herons": a place that is no given name before the plural
     * of an ordinary word is a sports team ("Austin Summers" has a given name first).
     */
    private static boolean team(String name, Predicate<String> placeName) {
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        String place = name.substring(0, name.length() - last.length() - 1);
        return words.length >= 2
                && last.length() > 3
                && last.endsWith("s")
                && OrdinaryWords.isOrdinary(last.substring(0, last.length() - 1))
                && !GivenNames.isGivenName(words[0])
                && placeName.test(place);
    }

    /**
     * Rule {@code page.ordinary-first}: "Marble Ostrander", "Credit Varnholt", "Popular Tobias": a name whose first
     * word is an ordinary English word and no given name is a person only with the evidence below (a role, a quote
     * credited to it, the surname used alone): many such names are products, firms or a sentence's words.
     */
    public static boolean opensWithOrdinaryWord(String name) {
        String first = bare(name.substring(0, Math.max(0, name.indexOf(' '))));
        return !first.isEmpty() && !GivenNames.isGivenName(first) && OrdinaryWords.isOrdinary(first);
    }

    /** A role, a quote credited to the name, or the surname used alone ("Lisbon" is no surname of "Little Lisbon"). */
    private static boolean hasEvidence(Person p, Set<String> speakers, Predicate<String> placeName) {
        if (p.role() != null || speakers.contains(p.name())) {
            return true;
        }
        String surname = p.name().substring(p.name().lastIndexOf(' ') + 1);
        return !placeName.test(surname)
                && p.mentions().stream().anyMatch(m -> m.text().equals(surname));
    }

    /**
     * Rule {@code page.month}: "In August Marrow signed ...", "Whereas Marrow ...", "Brave Marrow": a month's name,
     * or an ordinary word that is no given name, before the surname of someone else the article names is a date or
     * a word of the sentence, not a given name.
     */
    private static boolean dateBeforeSurname(Person p, List<Person> people) {
        String[] words = p.name().split(" ");
        if (words.length != 2
                || !MONTHS.contains(words[0])
                        && (GivenNames.isGivenName(words[0]) || !OrdinaryWords.isOrdinary(words[0]))) {
            return false;
        }
        for (Person other : people) {
            if (other != p && other.name().endsWith(" " + words[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name (of a person found, or of a quote's speaker) reads as one person's full name: two to five
     * words, none of them an organisation cue, not ending in a role word or an initial, no word in capitals
     * and none glued to the next.
     */
    public static boolean readsAsName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        String first = bare(words[0]);
        if (Character.isLowerCase(first.charAt(0))
                || SURNAME_PARTICLES.contains(first.toLowerCase(java.util.Locale.ROOT))
                || PersonWords.isTitle(first)
                || words[0].endsWith(".") && first.chars().anyMatch(Character::isLowerCase)
                || inCapitals(first, 2)) {
            return false; // "Le Brun"; "Former Ohio"; "Ga. Smith-Lowe"; "AG Jane Roe"
        }
        String last = bare(words[words.length - 1]);
        if (ROLE_WORDS.contains(last)
                || NUMBER_WORDS.contains(last)
                || TITLE_ABBREVIATIONS.contains(last)
                || STREET_ENDS.contains(last)
                || last.length() == 1
                || MONTHS_NO_SURNAME.contains(last)
                || last.indexOf('.') > 0
                || !SUFFIXES.contains(last) && inCapitals(last, 2)
                || PlaceWords.isPlace(List.of(words))) {
            return false; // "Managing Director", "Warren P", "Accra April", "Ana Lee SB", "Ohio D.C.", "Lance Cpl."
        }
        if (headlineVerb(first) || words.length - suffixes(words) < 2) {
            return false; // "Admits Varnholt"; "Donald Jr."
        }
        if (sentenceAdverb(first)
                || groupOfPeople(last)
                || demonymAfterNonName(words)
                || demonymInside(words)
                || phraseAfterGivenName(words)) {
            return false; // "Interestingly Varnholt"; "Florence Educators"; "Ostrander British"; "Georgia Market
            // Report"
        }
        boolean allOrdinary = !GivenNames.isGivenName(words[0]);
        for (String w : words) {
            String bare = bare(w);
            if (ORGANISATION_CUES.contains(bare)
                    || inCapitals(bare, 3)
                    || !SUFFIXES.contains(bare) && inCapitals(bare, 2)
                    || GluedWords.glued(bare)
                    || endsInCapital(bare)
                    || CALENDAR.contains(bare)
                    || hyphenParts(bare)
                    || bare.matches("\\p{Lu}{2,}s")
                    || !w.endsWith(".") && PersonWords.isFunctionWord(bare) && !GivenNames.isGivenName(words[0])) {
                return false;
            }
            allOrdinary &= OrdinaryWords.isOrdinary(bare);
        }
        return !allOrdinary;
    }

    /**
     * "Ohio-Dayton", "Star-Times", "Peruvian-born": a country's or US state's name or an organisation cue, alone
     * or in a hyphenated word, or a lower-case part after a hyphen that is no name particle.
     */
    private static boolean hyphenParts(String w) {
        if (PlaceWords.isCountryOrState(w)) {
            return true;
        }
        String[] parts = w.split("-");
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            if (PlaceWords.isCountryOrState(part)
                    || ORGANISATION_CUES.contains(part)
                    || k > 0
                            && (ADJECTIVE_ENDS.contains(part)
                                    || part.endsWith("ed") && OrdinaryWords.isOrdinary(part))) {
                return true;
            }
        }
        return false;
    }

    /** "RenA", "MorA": a capital after a lower-case letter at a word's end is a broken accent, not a name's spelling. */
    private static boolean endsInCapital(String w) {
        int n = w.length();
        return n >= 2 && Character.isUpperCase(w.charAt(n - 1)) && Character.isLowerCase(w.charAt(n - 2));
    }

    /** Rule {@code page.title-last}: "Lance Cpl.", "Ret. Gen.": an abbreviated title ends no name. */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of(
            "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Capt", "Adm", "Maj", "Cmdr",
            "Supt", "Det", "Insp", "Atty", "Pres", "Ald", "Coun", "Cllr");

    /** Rule {@code page.street}: "Victoria St.", "Marlow Ave.": a street's abbreviation ends no name. */
    private static final Set<String> STREET_ENDS = Set.of("St", "Ave", "Rd", "Ln", "Blvd", "Pkwy", "Hwy");

    /** Rule {@code page.number}: "Mega Million", "Power Billion": a number word ends no name. */
    private static final Set<String> NUMBER_WORDS =
            Set.of("Hundred", "Thousand", "Million", "Millions", "Billion", "Dozen");

    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV", "QC", "KC");
    /** Lower-case ends of hyphenated adjectives: "Peruvian-born", "Yale-trained" ("Ki-moon" stays a name). */
    private static final Set<String> ADJECTIVE_ENDS = Set.of(
            "born", "made", "run", "led", "like", "style", "type", "era", "wide", "based", "bred", "winner", "winning");

    /** "Jr.", "III": words after a name that are no part of it. */
    private static int suffixes(String[] words) {
        int n = 0;
        for (String w : words) {
            n += SUFFIXES.contains(bare(w)) ? 1 : 0;
        }
        return n;
    }

    /**
     * Rule {@code page.sentence-word}: "Sorry Marta", "Actual Tomas Quennell": an ordinary word that is no given
     * name, before a given name, is a sentence's word in front of a first name.
     */
    private static boolean sentenceWordBeforeGivenName(String[] words) {
        return !GivenNames.isGivenName(words[0])
                && OrdinaryWords.isOrdinary(words[0])
                && GivenNames.isGivenName(words[1])
                && !OrdinaryWords.isOrdinary(words[1]);
    }

    /**
     * Rule {@code page.sentence-adverb}: "Interestingly Varnholt", "Certainly Aldo Varnholt": an ordinary adverb in
     * -ly that is no given name opens the sentence, not the name.
     */
    private static boolean sentenceAdverb(String first) {
        return first.length() > 4
                && first.endsWith("ly")
                && !GivenNames.isGivenName(first)
                && OrdinaryWords.isOrdinary(first);
    }

    /**
     * Rule {@code page.demonym}: "Ostrander British-owned", "Standard Russian": a nationality after a first word that is
     * no given name ends a phrase, not a name ("Odile French" and "Tobias English" have a given name first).
     */
    private static boolean demonymAfterNonName(String[] words) {
        return !GivenNames.isGivenName(words[0]) && PlaceWords.isDemonym(bare(words[words.length - 1]));
    }

    /** Rule {@code page.demonym}: "Royal Dutch Varnholt": a nationality inside a name makes it a firm's or a phrase. */
    private static boolean demonymInside(String[] words) {
        for (int k = 1; k < words.length - 1; k++) {
            if (PlaceWords.isDemonym(bare(words[k]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule {@code page.phrase-after-given-name}: "Georgia Harvest Market Report": a given name
     * that is also a place's or a word's before two or more ordinary words that are no given names opens the name of
     * a thing ("Lorna Bush Kovacs" holds a word no dictionary has).
     */
    private static boolean phraseAfterGivenName(String[] words) {
        if (words.length < 3) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            String w = bare(words[k]);
            if (!ordinaryOrHyphenated(w) || GivenNames.isGivenName(w)) {
                return false;
            }
        }
        return true;
    }

    /** "Graduation", "On-Time": an ordinary word, or ordinary words joined by hyphens. */
    private static boolean ordinaryOrHyphenated(String w) {
        if (OrdinaryWords.isOrdinary(w)) {
            return true;
        }
        String[] parts = w.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !OrdinaryWords.isOrdinary(part)) {
                return false;
            }
        }
        return true;
    }

    /** Plural endings of nouns for what people do: educators, professors, activists, physicians, residents. */
    private static final List<String> AGENT_PLURALS = List.of("tors", "sors", "ists", "ians", "ents");

    /**
     * Rule {@code page.group}: "Coastal Educators", "Harbour Activists": a name ending in the plural of an ordinary
     * noun for what people do names a group of them ("Summers", "Powers" and "Waters" are no such nouns).
     */
    private static boolean groupOfPeople(String last) {
        return AGENT_PLURALS.stream().anyMatch(last::endsWith)
                && OrdinaryWords.isOrdinary(last)
                && OrdinaryWords.isOrdinary(last.substring(0, last.length() - 1));
    }

    /** Rule {@code page.headline-verb}: "Admits Varnholt", "Says Smith": a verb of a headline, not a given name. */
    private static boolean headlineVerb(String first) {
        return first.length() > 3
                && first.endsWith("s")
                && !GivenNames.isGivenName(first)
                && OrdinaryWords.isOrdinary(first)
                && OrdinaryWords.isOrdinary(first.substring(0, first.length() - 1));
    }

    private static String bare(String w) {
        return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * "GAZETTE", "TAXcard": at least {@code least} capitals in a word, three inside a name and two at its end
     * ("Ana Lee SB"); "J.R.", "McDonald" and "III" stay names.
     */
    private static boolean inCapitals(String w, int least) {
        int capitals = 0;
        for (int i = 0; i < w.length(); i++) {
            capitals += Character.isUpperCase(w.charAt(i)) ? 1 : 0;
        }
        boolean noLowerCase = w.chars().noneMatch(Character::isLowerCase);
        return capitals >= least && (least > 2 || noLowerCase) && w.indexOf('.') < 0 && !isRoman(w);
    }

    private static boolean isRoman(String w) {
        return w.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X');
    }
}
