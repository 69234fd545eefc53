package org.broadsheet.analysis.dates;

/** What a matched time expression means, turned into a TIMEX3 value once its anchors are known. */
@FunctionalInterface
interface Meaning {
    String resolve(Anchors anchors);

    static Meaning constant(String value) {
        return anchors -> value;
    }
}
