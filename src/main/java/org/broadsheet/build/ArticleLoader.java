package org.broadsheet.build;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.analysis.Headline;
import org.broadsheet.analysis.Lede;
import org.broadsheet.analysis.dates.Dateline;
import org.broadsheet.analysis.dates.TimelineEvents;
import org.broadsheet.content.ContentProblem;
import org.broadsheet.content.FrontMatterBlock;
import org.broadsheet.content.FrontMatterParser;
import org.broadsheet.content.SourceFile;
import org.broadsheet.content.TextDecoder;
import org.broadsheet.index.Slugs;
import org.broadsheet.markdown.ArticleParser;
import org.broadsheet.model.Article;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.FrontMatter;
import org.broadsheet.model.Problem;

/**
 * Reads one article file and analyses it: decode, front matter, parse, analyse. The one way to turn a
 * file into an {@link Article}; {@code build}, {@code serve} and {@code extract} all use it.
 */
public final class ArticleLoader {
    /** Larger files are refused: they are not articles and would hold the build hostage. */
    static final long MAX_BYTES = 200L * 1024 * 1024;
    /**
     * Bodies longer than this (about twenty times a long feature) are published but not analysed: they
     * are dumps or books rather than articles, and their quotes, dates and places would swamp the archive.
     */
    static final int MAX_ANALYSED_CHARS = 1_000_000;

    private final ArticleParser parser;
    private final Analyzer analyzer;
    private final AnalysisCache cache;
    private final Consumer<Problem> warnings;
    private final java.util.concurrent.atomic.AtomicInteger analysed = new java.util.concurrent.atomic.AtomicInteger();

    public ArticleLoader(ArticleParser parser, Analyzer analyzer) {
        this(parser, analyzer, new AnalysisCache(null, null));
    }

    ArticleLoader(ArticleParser parser, Analyzer analyzer, AnalysisCache cache) {
        this(parser, analyzer, cache, p -> { });
    }

    ArticleLoader(ArticleParser parser, Analyzer analyzer, AnalysisCache cache, Consumer<Problem> warnings) {
        this.parser = parser;
        this.analyzer = analyzer;
        this.cache = cache;
        this.warnings = warnings;
    }

    /** How many articles this loader had to analyse (the others came from the cache). */
    public int analysedCount() {
        return analysed.get();
    }

    public Article load(SourceFile file) throws ContentProblem, IOException {
        long size = Files.size(file.path());
        if (size > MAX_BYTES) {
            throw new ContentProblem(file.displayName(), 0, "file is " + size / (1024 * 1024)
                    + " MB; articles larger than " + MAX_BYTES / (1024 * 1024) + " MB are skipped");
        }
        byte[] bytes = Files.readAllBytes(file.path());
        String hash = sha256(bytes, file.format());
        String text = TextDecoder.decode(file.displayName(), bytes);
        FrontMatterBlock block = FrontMatterBlock.split(file.displayName(), text);
        FrontMatter fm = FrontMatterParser.parse(file.displayName(), block.yaml(), 2);
        String body = block.body();
        if (body.isBlank()) {
            throw new ContentProblem(file.displayName(), 0, "the article has front matter but no text");
        }
        AnalysisCache.Entry entry = cache.get(hash);
        if (entry == null) {
            entry = analyse(file, fm, body);
            analysed.incrementAndGet();
            cache.put(hash, entry);
        }
        String slug = Slugs.slugify(fm.slug() != null ? fm.slug() : file.stem(), "article");
        // a dateline ("BAGHDAD, Nov. 23, 2017 (Reuters) -") dates an article whose front matter does not
        LocalDate date = fm.date() != null ? fm.date() : entry.datelineDate() == null ? null : LocalDate.parse(entry.datelineDate());
        return new Article(file.displayName(), slug, entry.title(), entry.titleDerived(), date, fm, entry.summary(),
                body, file.format() == SourceFile.Format.MARKDOWN, entry.extraction(), entry.events(), hash);
    }

    private AnalysisCache.Entry analyse(SourceFile file, FrontMatter fm, String body) {
        boolean markdown = file.format() == SourceFile.Format.MARKDOWN;
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
        LocalDate datelineDate = date != null ? null : Dateline.find(body).map(Dateline::date).orElse(null);
        if (body.length() > MAX_ANALYSED_CHARS) {
            warnings.accept(new Problem(file.displayName(), "the text has " + body.length() / 1000 + " thousand characters; "
                    + "it is published, but quotes, dates, places and people are only looked for in articles under "
                    + MAX_ANALYSED_CHARS / 1000 + " thousand characters", false));
            return new AnalysisCache.Entry(title, derived, summary, datelineDate == null ? null : datelineDate.toString(),
                    Extraction.EMPTY, List.of());
        }
        Extraction extraction = analyzer.analyze(analysisText);
        return new AnalysisCache.Entry(title, derived, summary, datelineDate == null ? null : datelineDate.toString(),
                extraction, TimelineEvents.of(analysisText, extraction.dates(), extraction.quotes()));
    }

    /** The cache key of a file: its bytes and its format (the same text means different things as .md and .txt). */
    private static String sha256(byte[] bytes, SourceFile.Format format) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(format.name().getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
