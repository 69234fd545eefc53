package org.broadsheet.analysis.people;

import java.util.Locale;
import java.util.Set;

/**
 * Word tables for telling names of people from other capitalised words in English news: titles and
 * roles that introduce a name ("Prime Minister", "Sen.", "spokesman"), words that make a capitalised
 * run an organisation or a place ("Party", "University", "County"), and function words that are only
 * capitalised because they open a sentence. Immutable.
 */
final class PersonWords {
    /** Honorifics: they introduce a name but are not a role worth showing. */
    static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Lord", "Lady");

    /** Capitalised titles that stand right before a name ("Prime Minister Haider al-Abadi"). */
    private static final Set<String> TITLES = Set.of(
            "President", "Vice", "Minister", "Prime", "Secretary", "Senator", "Sen", "Sens", "Rep", "Reps",
            "Representative", "Gov", "Governor", "Mayor", "Chairman", "Chairwoman", "Chair", "Chief",
            "Director", "Commander", "General", "Gen", "Judge", "Justice", "Speaker", "Leader",
            "Ambassador", "Spokesman", "Spokeswoman", "King", "Queen", "Prince", "Princess", "Pope",
            "Sheikh", "Ayatollah", "Dr", "Rev", "Reverend", "Prof", "Professor", "Attorney", "Chancellor",
            "Lt", "Col", "Sgt", "Capt", "Adm", "Maj", "Cmdr", "Congressman", "Congresswoman", "Councilman",
            "Councilwoman", "Councilor", "Sheriff", "Detective", "Officer", "Premier", "Emir", "Sultan",
            "Imam", "Rabbi", "Bishop", "Cardinal", "Father", "Pastor", "Coach", "Nominee", "Candidate",
            "Treasurer", "Ald", "Alderman", "Trustee", "Commissioner", "Superintendent", "Inspector",
            "Chairperson", "CEO", "Founder", "Anchor", "Host", "Admiral", "Colonel", "Captain",
            "Sergeant", "Lieutenant", "Marshal", "Deputy", "Assistant", "Acting", "Former", "Constable", "Comrade", "Advocate", "MP", "MEP", "PC", "Pc", "Pres", "Atty", "Hon", "Supt", "Det", "Insp", "Democrat", "Republican", "Libertarian", "Rival",
            "Activist", "Economist", "Author");

    /** Lower-case roles that stand right before a name ("presidential nominee Hillary Clinton"). */
    private static final Set<String> ROLE_NOUNS = Set.of(
            "nominee", "candidate", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
            "director", "chairman", "chairwoman", "secretary", "senator", "lawyer", "attorney", "analyst",
            "professor", "economist", "commander", "minister", "leader", "founder", "host", "anchor",
            "moderator", "mayor", "governor", "president", "strategist", "pollster", "manager", "chief",
            "executive", "official", "activist", "author", "writer", "columnist", "reporter", "journalist",
            "correspondent", "editor", "historian", "scientist", "researcher", "actor", "actress", "singer",
            "rapper", "comedian", "businessman", "businesswoman", "billionaire", "mogul", "judge", "justice",
            "congressman", "congresswoman", "lawmaker", "representative", "ambassador", "envoy", "general",
            "sheriff", "officer", "detective", "pastor", "coach", "star", "player", "owner", "partner",
            "mate", "wife", "husband", "daughter", "son", "father", "mother", "brother", "sister", "opponent",
            "rival", "challenger", "incumbent", "democrat", "republican", "member", "head", "deputy",
            "colleague", "friend", "critic", "supporter", "voter", "resident", "student", "teacher", "doctor",
            "physician", "surgeon", "nurse", "ceo", "president-elect", "vice-president", "spokesmen",
            "librarian", "councillor", "councilor", "councilman", "councilwoman", "engineer", "organiser", "organizer",
            "trader", "farmer", "volunteer", "investigator", "curator", "architect", "priest", "imam", "rabbi",
            "bishop", "prosecutor", "chancellor", "commissioner", "inspector", "superintendent", "principal",
            "niece", "nephew", "cousin", "aunt", "uncle", "grandson", "granddaughter", "grandmother",
            "grandfather", "widow", "widower", "girlfriend", "boyfriend", "fiancee", "fiance");

    /** Last words that make a capitalised run an organisation, a place, an event or a work. */
    private static final Set<String> NOT_PERSON = Set.of(
            "Party", "University", "College", "School", "Institute", "Foundation", "Committee", "Council",
            "Department", "Ministry", "Agency", "Administration", "Organization", "Organisation", "Units",
            "Forces", "Army", "Navy", "Force", "Corps", "Guard", "Police", "Court", "Congress", "Senate",
            "House", "Assembly", "Parliament", "Government", "Bank", "Group", "Company", "Corporation",
            "Inc", "Corp", "Co", "Ltd", "LLC", "News", "Times", "Post", "Journal", "Tribune", "Herald",
            "Press", "TV", "Network", "Radio", "Magazine", "Review", "Street", "Avenue", "Road", "Square",
            "Park", "Center", "Centre", "Hall", "Building", "Tower", "County", "City", "State", "States",
            "Province", "Republic", "Kingdom", "Island", "Islands", "River", "Lake", "Mountains", "Valley",
            "Bay", "Sea", "Ocean", "Airport", "Station", "Church", "Mosque", "Hospital", "Museum", "Club",
            "League", "Association", "Union", "Federation", "Alliance", "Coalition", "Movement", "Campaign",
            "Office", "Service", "Services", "Commission", "Board", "Authority", "Fund", "Trust", "Project",
            "Initiative", "Act", "Law", "Amendment", "Day", "Week", "Show", "Festival", "Awards",
            "Prize", "Games", "Cup", "Championship", "Series", "Tour", "War", "Revolution", "Crisis",
            "Summit", "Conference", "Convention", "Debate", "Forum", "Caucus", "Media", "Democrats",
            "Republicans", "Americans", "Muslims", "Christians", "Jews", "Twitter", "Facebook", "Instagram",
            "Google", "Apple", "Microsoft", "Amazon", "Reuters", "AP", "CNN", "Fox", "MSNBC", "NBC", "CBS",
            "ABC", "PBS", "BBC", "Hill", "Mall", "Plaza", "Beach", "Coast", "Region", "District",
            "Township", "Village", "Desert", "Canyon", "Bridge", "Highway", "Monthly",
            "Weekly", "Daily", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Studios", "Records", "Pictures", "Holdings", "Partners", "Capital");

    /** Capitalised only because they open a sentence or a heading. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "The", "A", "An", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "For", "From", "To",
            "With", "Without", "By", "Of", "If", "When", "While", "After", "Before", "Since", "Until",
            "Because", "Although", "Though", "However", "Meanwhile", "Also", "Still", "Now", "Then", "Later",
            "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her",
            "Their", "Our", "My", "Your", "Its", "There", "Here", "What", "Who", "Why", "How", "Where",
            "Which", "Whether", "Not", "Against", "Toward", "Towards", "Upon", "Within", "Across", "Behind",
            "Beyond", "Around", "Near", "Via", "Per", "Besides", "Throughout", "Maybe", "Perhaps", "Whereas", "Everything", "Everyone", "Everybody", "Nothing", "Nobody",
            "Something", "Someone", "Anyone", "Neither", "Either", "Notice", "Sure", "No", "Yes", "Only", "Even", "Just", "Like", "Unlike", "According",
            "During", "Despite", "Under", "Over", "About", "Among", "Between", "Into", "Through", "Asked",
            "Speaking", "Writing", "Thanks", "Dear", "Did", "Does", "Do", "Is", "Are", "Was", "Were",
            "Will", "Would", "Can", "Could", "Should", "Has", "Have", "Had", "Let", "Please", "Mr", "Every",
            "Some", "Many", "Most", "All", "Both", "Each", "Another", "Other", "Such", "More", "Much",
            "Several", "Few", "Read", "See", "Watch", "Follow", "Click", "Related", "Photo", "Video",
            "Update", "Editor", "Note", "Correction", "Advertisement", "Sources", "Source", "Officials");

    private PersonWords() {
    }

    static boolean isTitle(String bareWord) {
        return TITLES.contains(bareWord) || HONORIFICS.contains(bareWord);
    }

    static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isNotPerson(String bareWord) {
        return NOT_PERSON.contains(bareWord);
    }

    static boolean isFunctionWord(String bareWord) {
        return FUNCTION_WORDS.contains(bareWord);
    }
}
