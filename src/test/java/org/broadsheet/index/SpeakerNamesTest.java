package org.broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quote credited to a name the people finder did not read still gives its speaker a page when the credit reads
 * as a person's name ({@link People#namelike}); these are invented credits.
 */
class SpeakerNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Delphine Kovacs", "Oscar P. Quintero", "Lena Cortez Varnholt", "Tobias Brandauer Jr."})
    void aPersonsNameGetsAPage(String speaker) {
        assertTrue(People.namelike(speaker), speaker);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sorry Marta", // page.ordinary-first: a sentence's word before a given name
                "Popular Tobias", // page.ordinary-first
                "Interestingly Varnholt", // page.sentence-adverb
                "Florence Educators", // page.group
                "Ostrander British", // page.demonym
                "Georgia Harvest Market Report", // page.phrase-after-given-name
                "Harbor Energy", // page.organisation
                "Mega Million", // page.number
                "Lance Cpl.", // page.title-last
                "Filipino Varnholt", // page.place: a nationality first
                "Oversight Committee Republicans",
                "The Mabel Creek Gazette"
            })
    void aPhraseOrABodyGetsNone(String speaker) {
        assertFalse(People.namelike(speaker), speaker);
    }
}
