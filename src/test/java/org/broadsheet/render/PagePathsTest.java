package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PagePathsTest {
    @Test
    void laterPagesOfAListAreFilesUnderTheFirstPagesName() {
        assertEquals("page/2.html", PagePaths.listPage("", 2), "the front page");
        assertEquals("quotes/page/3.html", PagePaths.listPage("quotes/", 3));
        assertEquals("people/dana-reyes/page/2.html", PagePaths.listPage("people/dana-reyes.html", 2));
    }

    @Test
    void linksNameTheFileAndTheRootPrefixCountsFolders() {
        assertEquals("people/index.html", RenderContext.href("people/"));
        assertEquals("index.html", RenderContext.href(""));
        assertEquals("people/dana-reyes.html", RenderContext.href(PagePaths.person("dana-reyes")));
        assertEquals("../", RenderContext.rootFrom("places/galway.html"));
        assertEquals("../../../", RenderContext.rootFrom("people/dana-reyes/page/2.html"));
        assertEquals("", RenderContext.rootFrom(""));
    }
}
