package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text search shows in snippets is the text a reader sees on the page, not the Markdown source. */
class RenderedTextTest {
    private static final String BODY = """
            # Quay reopens after repairs

            The **quay** at [Tarvik](https://example.org/tarvik) reopened on
            Monday, _two weeks_ late.

            > “We are open,” the harbour master said.

            | Berth | Ships |
            |---|---:|
            | North | 4 |
            """;

    @Test
    void markupIsGoneAndEachBlockIsALine() {
        assertEquals(
                "The quay at Tarvik reopened on Monday, two weeks late.\n"
                        + "“We are open,” the harbour master said.\nBerth\nShips\nNorth\n4",
                RenderedText.of(BODY, true, true));
    }

    @Test
    void aHeadingThatIsNotTheTitleStays() {
        assertEquals(
                "Quay reopens after repairs",
                RenderedText.of(BODY, true, false).lines().findFirst().orElseThrow());
    }

    @Test
    void plainTextIsItsOwnRenderedText() {
        assertEquals("# not a heading *not em*", RenderedText.of("# not a heading *not em*", false, true));
    }
}
