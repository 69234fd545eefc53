package org.broadsheet.render;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.broadsheet.index.People;
import org.broadsheet.index.PersonEntry;
import org.broadsheet.index.QuoteRef;
import org.broadsheet.model.Article;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Quote;
import org.broadsheet.model.QuoteKind;
import org.broadsheet.model.TimelineEvent;

/**
 * The rows of the {@code data/} folder's CSV tables, one record at a time, in the columns of {@link DataTables}.
 * Every value comes from the archive already in memory: no article file is read again.
 */
final class DataRows {
    private final RenderContext ctx;

    DataRows(RenderContext ctx) {
        this.ctx = ctx;
    }

    void articles(CSVPrinter out) throws IOException {
        for (Article a : ctx.archive().articles()) {
            Set<String> places = new HashSet<>();
            for (PlaceMention p : a.extraction().places()) {
                places.add(p.id());
            }
            out.printRecord(
                    a.slug(),
                    a.title(),
                    date(a.date()),
                    a.frontMatter().author(),
                    a.frontMatter().source(),
                    ArticlePages.safeUrl(a.frontMatter().url()),
                    page(ctx.card(a).href()),
                    String.join("; ", a.tags()),
                    a.extraction().quotes().stream()
                            .filter(q -> q.kind() != QuoteKind.SCARE)
                            .count(),
                    a.extraction().people().size(),
                    places.size(),
                    a.events().size());
        }
    }

    void quotes(CSVPrinter out) throws IOException {
        for (Article a : ctx.archive().articles()) {
            for (Quote q : a.extraction().quotes()) {
                PersonEntry speaker =
                        People.hasPage(a, q) ? ctx.archive().people().get(q.speaker()) : null;
                out.printRecord(
                        a.slug(),
                        date(a.date()),
                        q.speaker(),
                        speaker == null ? null : page(PeoplePages.view(speaker).href()),
                        q.kind().label(),
                        QuoteText.of(q));
            }
        }
    }

    void people(CSVPrinter out) throws IOException {
        for (PersonEntry p : ctx.archive().people().all().values()) {
            out.printRecord(
                    p.slug(),
                    p.name(),
                    p.role(),
                    p.quotes().size(),
                    p.articles().size(),
                    p.mentions(),
                    date(firstQuoted(p)),
                    date(lastQuoted(p)),
                    page(PeoplePages.view(p).href()));
        }
    }

    void events(CSVPrinter out) throws IOException {
        for (Article a : ctx.archive().articles()) {
            for (TimelineEvent e : a.events()) {
                out.printRecord(e.value(), e.sentence(), a.slug(), date(a.date()));
            }
        }
    }

    /** The date of the earliest dated article quoting them, or null. */
    static LocalDate firstQuoted(PersonEntry p) {
        Article a = firstQuotedArticle(p);
        return a == null ? null : a.date();
    }

    /** The date of the latest dated article quoting them, or null. */
    static LocalDate lastQuoted(PersonEntry p) {
        Article a = lastQuotedArticle(p);
        return a == null ? null : a.date();
    }

    /** The earliest dated article quoting them, or null; quotes run newest article first. */
    static Article firstQuotedArticle(PersonEntry p) {
        for (int i = p.quotes().size() - 1; i >= 0; i--) {
            Article a = p.quotes().get(i).article();
            if (a.date() != null) {
                return a;
            }
        }
        return null;
    }

    /** The latest dated article quoting them, or null. */
    static Article lastQuotedArticle(PersonEntry p) {
        for (QuoteRef q : p.quotes()) {
            if (q.article().date() != null) {
                return q.article();
            }
        }
        return null;
    }

    /** A page's address for the data: absolute under the site's baseUrl, else relative to the site root. */
    String page(String href) {
        String base = ctx.config().baseUrl();
        return base == null ? href : base + href;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
