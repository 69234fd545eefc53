package org.broadsheet.build;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.analysis.Headline;
import org.broadsheet.analysis.Lede;
import org.broadsheet.content.ContentProblem;
import org.broadsheet.content.FrontMatterBlock;
import org.broadsheet.content.FrontMatterParser;
import org.broadsheet.content.SourceFile;
import org.broadsheet.content.TextDecoder;
import org.broadsheet.index.Slugs;
import org.broadsheet.markdown.ArticleParser;
import org.broadsheet.model.Article;
import org.broadsheet.model.FrontMatter;

/**
 * Reads one article file and analyses it: decode, front matter, parse, analyse. The one way to turn a
 * file into an {@link Article}; {@code build}, {@code serve} and {@code extract} all use it.
 */
public final class ArticleLoader {
    /** Larger files are refused: they are not articles and would hold the build hostage. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private final ArticleParser parser;
    private final Analyzer analyzer;

    public ArticleLoader(ArticleParser parser, Analyzer analyzer) {
        this.parser = parser;
        this.analyzer = analyzer;
    }

    public Article load(SourceFile file) throws ContentProblem, IOException {
        long size = Files.size(file.path());
        if (size > MAX_BYTES) {
            throw new ContentProblem(file.displayName(), 0, "file is " + size / (1024 * 1024)
                    + " MB; articles larger than " + MAX_BYTES / (1024 * 1024) + " MB are skipped");
        }
        String text = TextDecoder.decode(file.displayName(), Files.readAllBytes(file.path()));
        FrontMatterBlock block = FrontMatterBlock.split(file.displayName(), text);
        FrontMatter fm = FrontMatterParser.parse(file.displayName(), block.yaml(), 2);
        return analyse(file, fm, block.body());
    }

    Article analyse(SourceFile file, FrontMatter fm, String body) throws ContentProblem {
        boolean markdown = file.format() == SourceFile.Format.MARKDOWN;
        if (body.isBlank()) {
            throw new ContentProblem(file.displayName(), 0, "the article has front matter but no text");
        }
        Document doc = markdown ? parser.parseMarkdown(body) : parser.parsePlainText(body);
        LocalDate date = fm.date();
        AnalysisText analysisText = ArticleParser.analysisText(doc, body, date);
        String lede = Lede.of(analysisText);
        String title = fm.title();
        boolean derived = false;
        if (title == null && markdown) {
            title = ArticleParser.takeLeadingHeading(doc);
        }
        if (title == null) {
            title = Headline.fromLede(lede);
            derived = true;
        }
        if (title.isBlank()) {
            title = file.stem();
        }
        String summary = fm.summary() != null ? fm.summary() : lede;
        String slug = Slugs.slugify(fm.slug() != null ? fm.slug() : file.stem(), "article");
        return new Article(file.displayName(), slug, title, derived, date, fm, summary, body, markdown,
                analyzer.analyze(analysisText));
    }
}
