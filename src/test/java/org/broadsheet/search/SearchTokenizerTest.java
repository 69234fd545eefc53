package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {
    @Test
    void caseAndDiacriticsFoldToOneTerm() {
        assertEquals(List.of("kirkuk", "kirkuk", "kirkuk"), SearchTokenizer.terms("Kirkuk, KIRKUK and Kïrkuk"));
        assertEquals(List.of("sao", "paulo"), SearchTokenizer.terms("São Paulo"));
        assertEquals(List.of("strass", "lodz", "aeon"), SearchTokenizer.terms("Straß Łódź Æon"));
    }

    @Test
    void decomposedAccentsFoldLikePrecomposedOnes() {
        assertEquals(SearchTokenizer.terms("Rawah café"), SearchTokenizer.terms("Rawah cafe\u0301"));
    }

    @Test
    void inflectionsShareAStem() {
        assertEquals(SearchTokenizer.terms("election"), SearchTokenizer.terms("elections"));
        assertEquals(SearchTokenizer.terms("elect"), SearchTokenizer.terms("elected"));
        assertEquals(SearchTokenizer.terms("fight"), SearchTokenizer.terms("fighting"));
    }

    @Test
    void stopWordsArePassedOverButNumbersAreKept() {
        assertEquals(List.of("fall", "mosul", "2014"), SearchTokenizer.terms("The fall of Mosul in 2014"));
        assertNull(SearchTokenizer.term("The"));
    }

    @Test
    void possessivesAndApostrophesStayInsideTheWord() {
        assertEquals(List.of("iraq", "govern"), SearchTokenizer.terms("Iraq's government"));
        assertEquals(List.of("iraq"), SearchTokenizer.terms("Iraq\u2019s"));
        assertEquals(List.of("dont"), SearchTokenizer.terms("don't"));
    }

    @Test
    void hyphensAndPunctuationSplitWords() {
        assertEquals(List.of("hadi", "al", "ameri"), SearchTokenizer.terms("Hadi al-Ameri."));
        assertEquals(List.of("self", "proclaim", "caliph"), SearchTokenizer.terms("self-proclaimed “caliphate”"));
    }

    @Test
    void overlongTokensAreNotIndexed() {
        assertEquals(List.of("hash"), SearchTokenizer.terms("hash " + "a1".repeat(30)));
    }

    @Test
    void emptyAndNullTextHaveNoTerms() {
        assertEquals(List.of(), SearchTokenizer.terms(""));
        assertEquals(List.of(), SearchTokenizer.terms(null));
        assertEquals(List.of(), SearchTokenizer.terms(" -- … "));
    }
}
