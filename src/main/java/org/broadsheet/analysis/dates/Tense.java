package org.broadsheet.analysis.dates;

/**
 * Whether a time expression's clause talks about the past or the future, as far as nearby words tell.
 * {@link #PAST} is a past-tense verb before the expression in its clause, the verb it hangs on ("took office
 * in January"); {@link #LIKELY_PAST} a past cue only after it ("the Nov. 30 meeting was called off"), which
 * may belong to something else than the date.
 */
enum Tense {
    PAST,
    LIKELY_PAST,
    FUTURE,
    UNKNOWN
}
