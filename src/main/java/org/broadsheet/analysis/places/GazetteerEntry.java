package org.broadsheet.analysis.places;

/**
 * One place the gazetteer knows.
 *
 * @param kind       CITY, ADMIN, COUNTRY or REGION
 * @param country    ISO 3166-1 alpha-2 code, or null for regions spanning countries
 * @param admin1     "US.GA" style first-level area code, or null
 * @param population inhabitants (0 when unknown); for countries and areas a ranking weight
 * @param seat       2 for a national capital, 1 for another administrative seat, 0 otherwise
 * @param otherName  a second name that is the place's own rather than an alternate one (GeoNames' earlier
 *                   primary name: "Galway" for Gaillimh), or null
 */
record GazetteerEntry(
        String id,
        String name,
        Kind kind,
        String country,
        String admin1,
        double lat,
        double lon,
        long population,
        int seat,
        String otherName) {

    enum Kind {
        CITY("city"),
        ADMIN("admin"),
        COUNTRY("country"),
        REGION("region");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
