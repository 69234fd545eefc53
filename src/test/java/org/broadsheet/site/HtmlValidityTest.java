package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every generated page of the validity fixture (Markdown with tables, blockquotes, lists, code, links
 * and images; plain text; tags; undated and nested articles; quotes; a baseUrl, so canonical links and
 * og:url appear) passes the Nu HTML Checker, run in-process with its bundled schemas and no network.
 * The schema is html5-all, which includes RDFa Lite, so Open Graph {@code <meta property>} must be accepted.
 */
class HtmlValidityTest {
    static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    static Path dir;

    static Path output;

    @BeforeAll
    static void build() {
        Path site = FixtureSite.copy("validity", dir.resolve("site"));
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        output = site.resolve("site-output");
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<Path> pages = InlineSite.htmlPages(output);
        assertTrue(pages.size() > 20, "the fixture produces every kind of page: " + pages);
        List<String> errors = new Checker().check(pages);
        if (!errors.isEmpty()) {
            fail(errors.size() + " HTML error(s) in " + pages.size() + " pages:\n" + String.join("\n", errors));
        }
    }

    @Test
    void theBundledArchiveBuildsWithoutErrorsIntoValidHtml(@org.junit.jupiter.api.io.TempDir Path out)
            throws Exception {
        InlineSite.Run run = InlineSite.run("build", "--source", ".", "--output", out.toString());
        assertEquals(0, run.exit(), run.transcript());
        assertTrue(run.err().lines().noneMatch(l -> l.startsWith("error:")), run.transcript());
        List<Path> pages = InlineSite.htmlPages(out);
        assertTrue(pages.stream().anyMatch(p -> p.endsWith("articles/000-90963fd85bcb9a33.html")), pages.toString());
        List<String> errors = new Checker().check(pages);
        if (!errors.isEmpty()) {
            fail(errors.size() + " HTML error(s) in " + pages.size() + " pages:\n" + String.join("\n", errors));
        }
    }

    @Test
    void theGoldenSiteIsValidHtmlWithoutWarnings(@org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        Path site = FixtureSite.copy("golden-basic", work.resolve("site"));
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        List<Path> pages = InlineSite.htmlPages(site.resolve("site-output"));
        List<String> errors = new Checker().check(pages);
        if (!errors.isEmpty()) {
            fail(errors.size() + " HTML error(s) or warning(s) in " + pages.size() + " pages:\n"
                    + String.join("\n", errors));
        }
    }

    @Test
    void checkerReportsAnInvalidPage() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(
                bad,
                "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
                        + "<body><p><div>block in p</p><span id=a></span><span id=a></span></body></html>");

        List<String> errors = new Checker().check(List.of(bad));

        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), "the checker works: " + errors);
    }

    /** One Nu checker (schema loaded once) for many files; errors as "path:line:column: message". */
    private static final class Checker implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        private String current;

        Checker() throws Exception {
            validator.setUpMainSchema(SCHEMA, this);
            validator.setUpValidatorAndParsers(this, false, false);
        }

        List<String> check(List<Path> files) throws Exception {
            for (Path file : files) {
                current = file.startsWith(output) ? output.relativize(file).toString() : file.toString();
                validator.checkHtmlFile(file.toFile(), true);
            }
            return errors;
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings count: an obsolete attribute (Flexmark's align on table cells) is a warning, and a
            // page the checker warns about is not one a user should have to fix
            errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": warning: " + e.getMessage());
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
