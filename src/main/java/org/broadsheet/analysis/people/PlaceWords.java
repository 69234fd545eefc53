package org.broadsheet.analysis.people;

import java.util.Set;

/**
 * Words that make a capitalised run a place rather than a person, so that person spans never hide a
 * toponym from the place finder: compass and regional words that open place names ("North Carolina",
 * "New Mexico", "Downtown Greer"), words that end them ("Sioux Falls", "Beverly Hills"), and the
 * names of continents, US states and countries that are not also common given or family names
 * (Jordan, Chad, Georgia, Israel, Victoria, Washington are left out). Immutable.
 */
final class PlaceWords {
    private static final Set<String> OPENERS = Set.of("North", "South", "East", "West", "Northeast", "Northwest",
            "Southeast", "Southwest", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
            "New", "Greater", "Great", "Old", "Downtown", "Metro", "Mount", "Fort", "Lake", "Port", "Saint",
            "St.", "San", "Santa", "Los", "Las", "El", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "One", "Latin", "Middle", "Far", "Near", "Inner", "Outer", "Des", "Du", "US", "U.S.", "UK");
    private static final Set<String> ENDINGS = Set.of("Hills", "Falls", "Heights", "Springs", "Creek", "Harbor",
            "Harbour", "Point", "Ridge", "Grove", "Lakes", "Estate", "Estates", "Inn", "Town", "Middle",
            "Elementary", "Chamber", "Gateway", "Manor", "Forest", "Woods", "Wing", "Racing", "Mavericks",
            "Nadu", "Pradesh", "Bengal", "Oblast", "Province", "Governorate", "Prefecture", "Canton", "Borough",
            "Parish", "Peninsula", "Gulf", "Strait", "Channel", "Desert", "Mountain", "Mountains", "Canyon",
            "Bridge", "Tunnel", "Dam", "Airport", "Stadium", "Arena", "Mall", "Plaza", "Boulevard", "Lane",
            "Drive", "Way", "Court", "Terrace", "Village", "City", "County", "State", "Embassy", "Hotel",
            "Pantry", "Olympic", "Olympics", "Strategy", "Cowboys", "Rockets", "Walmart", "Gables", "Plaines",
            "Moines");
    private static final Set<String> NAMES = Set.of(
            "Africa", "Asia", "Europe", "America", "Americas", "Antarctica", "Oceania", "Arctic", "Caribbean",
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
            "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
            "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
            "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah",
            "Vermont", "Wisconsin", "Wyoming", "Dakota", "Carolina",
            "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
            "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil",
            "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo", "Croatia",
            "Cuba", "Cyprus", "Denmark", "Ecuador", "Egypt", "Eritrea", "Estonia", "Ethiopia", "Finland",
            "France", "Germany", "Ghana", "Greece", "Guatemala", "Haiti", "Honduras", "Hungary", "Iceland",
            "India", "Indonesia", "Iran", "Iraq", "Ireland", "Italy", "Japan", "Kazakhstan", "Kenya", "Korea",
            "Kosovo", "Kuwait", "Latvia", "Lebanon", "Liberia", "Libya", "Lithuania", "Malaysia", "Mali",
            "Mexico", "Moldova", "Mongolia", "Morocco", "Mozambique", "Myanmar", "Nepal", "Netherlands",
            "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay",
            "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Senegal",
            "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland",
            "Syria", "Taiwan", "Tanzania", "Thailand", "Tunisia", "Turkey", "Uganda", "Ukraine", "Uruguay",
            "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Britain", "England",
            "Scotland", "Wales", "Caucasus", "Balkans", "Crimea", "Kurdistan", "Gaza", "Ossetia", "Abkhazia");

    private PlaceWords() {
    }

    /** A continent, US state or country whose name no given name or surname shares ("Tanzania", "Ohio"). */
    static boolean isCountryOrState(String word) {
        return NAMES.contains(word);
    }

    /** Does a candidate name (its words, no title) read as a place, or as a people ("Syrian Kurdish")? */
    static boolean isPlace(java.util.List<String> words) {
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        return (words.size() > 1 && OPENERS.contains(first)) || ENDINGS.contains(last) || NAMES.contains(last)
                || NAMES.contains(first) || (words.size() > 1 && isDemonym(first)) || words.equals(java.util.List.of("US"));
    }

    /** "Syrian", "European", "British", "Japanese": a nationality, unless a list knows it as a given name. */
    private static boolean isDemonym(String w) {
        return (w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ish") || w.endsWith("ese") || w.equals("Dutch"))
                && !GivenNames.isGivenName(w);
    }
}
