package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.content.SourceFile;
import org.broadsheet.markdown.ArticleParser;
import org.broadsheet.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds hold an article's findings, not its body: the body is read again from the file, which must be unchanged. */
class FileBodyTest {
    @TempDir
    Path dir;

    @Test
    void theBodyIsReadAgainFromTheFileAndAChangedFileIsNamed() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "---\ntitle: A\n---\nThe council met on Monday.\n");
        Article a = new ArticleLoader(
                        new ArticleParser(false), new Analyzer(), new AnalysisCache(null, null), p -> {}, true)
                .load(new SourceFile(file, "content/a.md", SourceFile.Format.MARKDOWN));
        assertEquals("The council met on Monday.\n", a.body());

        Files.writeString(file, "---\ntitle: A\n---\nThe council met on Tuesday.\n");
        FileBody.Changed changed = assertThrows(FileBody.Changed.class, a::body);
        assertTrue(
                changed.getMessage().startsWith("content/a.md changed while the site was being built"),
                changed.getMessage());

        Files.delete(file);
        assertThrows(FileBody.Changed.class, a::body);
    }
}
