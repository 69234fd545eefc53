package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Parentheticals go | The council (which met on Monday) approved the budget. | The council approved the budget
            Appositives go | Hadi al-Ameri, who heads the Badr Organization, said the forces would stay. | Hadi al-Ameri said the forces would stay
            Ages go | John Smith, 45, was arrested in Leeds. | John Smith was arrested in Leeds
            Short ledes stay whole | Floods close the coast road. | Floods close the coast road
            """)
    void derivesHeadlines(String rule, String lede, String expected) {
        assertEquals(expected, Headline.fromLede(lede));
    }

    @Test
    void longLedeIsCutAtAClauseBoundaryNeverMidWord() {
        String lede =
                "Syrian army soldiers, backed by pro-government fighters from popular defense groups, fully liberated "
                        + "Bukamal, Daesh’s last stronghold in Syria, which is a strategic city in the country’s eastern province "
                        + "of Dayr al-Zawr on the border with Iraq.";
        String h = Headline.fromLede(lede);
        assertTrue(h.length() <= Headline.MAX_LENGTH, h);
        assertTrue(
                lede.startsWith(h.replace("…", "").strip())
                        || lede.replace(", backed by pro-government fighters from popular defense groups,", "")
                                .startsWith(h),
                h);
        assertFalse(h.endsWith(","), h);
        String lastWord = h.substring(h.lastIndexOf(' ') + 1).replace("…", "");
        assertTrue(
                lede.contains(lastWord + " ") || lede.contains(lastWord + ",") || lede.contains(lastWord + "."),
                "cut mid-word: " + h);
    }

    @Test
    void aCutNeverLeavesARelativeClauseWithoutItsEnd() {
        // cut before "when", the headline would say only that a fire started
        String lede = "Stallholders at the covered market in Tarvik began clearing debris on Wednesday after a fire "
                + "that started when a gas heater tipped over in a bakery near the main gate late on Monday night.";
        assertEquals(
                "Stallholders at the covered market in Tarvik began clearing debris on Wednesday",
                Headline.fromLede(lede));
    }

    @Test
    void aCutNeverEndsOnAWordThatNeedsTheNextOne() {
        String lede = "Ministers from the coastal states agreed on a plan to share the cost of the new sea wall and, "
                + "after a long night of talks in the capital, to ask the regional bank for a loan over twenty years.";
        String h = Headline.fromLede(lede);
        assertEquals("Ministers from the coastal states agreed on a plan to share the cost of the new sea wall", h);
    }

    @Test
    void unbrokenTextIsCutAtAWordWithAnEllipsis() {
        String lede = "word ".repeat(60).strip();
        String h = Headline.fromLede(lede);
        assertTrue(h.length() <= Headline.MAX_LENGTH + 1, h);
        assertTrue(h.endsWith("word…"), h);
    }

    @Test
    void firstArticleOfTheArchiveGetsAReadableHeadline() throws Exception {
        String text = Files.readString(Path.of("content/000_90963fd85bcb9a33.txt"));
        String headline = Headline.fromLede(Lede.of(AnalysisText.ofPlainText(text, null)));
        assertEquals(
                "A senior commander of Iraq’s Popular Mobilization Units says American military forces must "
                        + "leave his country’s soil",
                headline);
    }

    @Test
    void ledeIsTheFirstSentenceAndSkipsAbbreviations() {
        assertEquals(
                "Mr. Smith met Dr. Jones in the U.S. capital on Nov. 3.",
                Lede.of(AnalysisText.ofPlainText(
                        "Mr. Smith met Dr. Jones in the U.S. capital on Nov. 3. They talked.", null)));
    }
}
