package org.broadsheet.analysis.people;

/** The grammatical gender a pronoun needs to refer to a person: what "he" or "she" can point at. */
public enum Gender {
    FEMALE,
    MALE,
    UNKNOWN;

    /** Can a pronoun of this gender refer to a person of gender {@code other}? */
    public boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
