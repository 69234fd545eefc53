package org.broadsheet.analysis.places;

/**
 * A run of words that names something in the gazetteer: tokens {@code first..last} (inclusive), its span
 * in the body, its lookup key and the entries that bear that name.
 */
record Candidate(int first, int last, int start, int end, String key, int[] entries) {}
