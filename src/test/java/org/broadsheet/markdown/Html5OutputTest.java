package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Markdown renders as HTML5 the Nu checker does not warn about: no obsolete align, no self-closing slashes. */
class Html5OutputTest {
    private final ArticleParser parser = new ArticleParser(false);

    private String render(String markdown) {
        return parser.render(parser.parseMarkdown(markdown), ArticleLinks.NONE);
    }

    @Test
    void tableCellAlignmentIsAClass() {
        String html = render("| County | Dose |\n|:---|---:|\n| Kisumu | 1 |\n");
        assertFalse(html.contains("align="), html);
        assertTrue(html.contains("<th class=\"align-left\">County</th>"), html);
        assertTrue(html.contains("<td class=\"align-right\">1</td>"), html);
    }

    @Test
    void voidElementsHaveNoSlash() {
        String html = render("A line  \nbroken.\n\n---\n\n![Quay at dawn](quay.jpg \"a / title />\")\n");
        assertFalse(html.contains(" />"), html);
        assertTrue(html.contains("<br>"), html);
        assertTrue(html.contains("<hr>"), html);
        assertTrue(html.contains("<img src=\"quay.jpg\" alt=\"Quay at dawn\" title=\"a / title /&gt;\">"), html);
    }
}
