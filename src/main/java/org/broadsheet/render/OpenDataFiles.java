package org.broadsheet.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.broadsheet.model.Article;

/**
 * The archive as open data: {@code data/} holds articles.csv, quotes.csv, people.csv, events.csv (RFC 4180:
 * CRLF line ends, fields quoted when they hold a comma, quote or line break), places.geojson and the
 * Frictionless descriptor datapackage.json; {@code data/index.html} (the Open data page) describes them.
 * Each file is written as a stream, and not at all when no article changed since the build that wrote it.
 */
public final class OpenDataFiles {
    /** The folder of the data files; its index.html is the Open data page. */
    public static final String DIR = "data/";

    private static final CSVFormat CSV = CSVFormat.RFC4180;

    private final RenderContext ctx;
    private final ObjectMapper mapper;
    private final DataRows rows;
    private final PlacesGeoJson places;

    public OpenDataFiles(RenderContext ctx, ObjectMapper mapper, PlacePages placePages) {
        this.ctx = ctx;
        this.mapper = mapper;
        this.rows = new DataRows(ctx);
        this.places = new PlacesGeoJson(ctx, rows, placePages, mapper.getFactory());
    }

    /** The files and the page, each a task of its own. */
    public List<Runnable> tasks() {
        String key = key();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> csv(DataTables.ARTICLES, key, rows::articles));
        tasks.add(() -> csv(DataTables.QUOTES, key, rows::quotes));
        tasks.add(() -> csv(DataTables.PEOPLE, key, rows::people));
        tasks.add(() -> csv(DataTables.EVENTS, key, rows::events));
        tasks.add(() -> file(DataTables.PLACES.file(), key, places::write));
        tasks.add(this::descriptor);
        tasks.add(this::page);
        return tasks;
    }

    /**
     * What the files depend on besides the program and the settings (in every key): every article, by slug
     * and content, since any article can change a person's counts or the name of a place.
     */
    private String key() {
        StringBuilder inputs = new StringBuilder(ctx.archive().articles().size() * 72);
        for (Article a : ctx.archive().articles()) {
            inputs.append(a.slug()).append(':').append(a.contentHash()).append('|');
        }
        return ctx.key("open-data", inputs.toString());
    }

    private interface Rows {
        void print(CSVPrinter out) throws IOException;
    }

    private void csv(DataTable table, String key, Rows rows) {
        file(table.file(), key, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSV);
            printer.printRecord((Object[]) table.header());
            rows.print(printer);
            printer.flush();
        });
    }

    private void file(String name, String key, org.broadsheet.output.OutputFolder.StreamedContent content) {
        String path = DIR + name;
        if (ctx.output().reuse(path, key)) {
            return;
        }
        ctx.output().write(path, key, content);
    }

    private void descriptor() {
        ctx.output()
                .write(
                        DIR + "datapackage.json",
                        DataPackage.descriptor(mapper, ctx.site(), ctx.site().attribution()));
    }

    /** A file on the Open data page: {@code href} relative to the site root, {@code rows} its records. */
    public record DataFileView(
            String name,
            String title,
            String description,
            String format,
            String href,
            long rows,
            List<DataTable.DataField> fields) {}

    private void page() {
        List<DataFileView> files = new ArrayList<>();
        for (DataTable t : DataTables.ALL) {
            files.add(new DataFileView(
                    t.file(), t.title(), t.description(), t.format(), DIR + t.file(), count(t), t.fields()));
        }
        ctx.page(
                DIR,
                "data.ftlh",
                ctx.pageView(
                        "Open data",
                        "The archive's articles, quotes, people, places and events as CSV and GeoJSON files.",
                        DIR,
                        "website",
                        "data"),
                Map.of(
                        "files",
                        files,
                        "descriptorHref",
                        DIR + "datapackage.json",
                        "placeLicences",
                        DataPackage.PLACE_DATA));
    }

    private long count(DataTable t) {
        List<Article> articles = ctx.archive().articles();
        if (t == DataTables.ARTICLES) {
            return articles.size();
        } else if (t == DataTables.QUOTES) {
            return articles.stream()
                    .mapToLong(a -> a.extraction().quotes().size())
                    .sum();
        } else if (t == DataTables.PEOPLE) {
            return ctx.archive().people().all().size();
        } else if (t == DataTables.PLACES) {
            return ctx.archive().places().all().size();
        }
        return articles.stream().mapToLong(a -> a.events().size()).sum();
    }
}
