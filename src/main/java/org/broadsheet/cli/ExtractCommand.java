package org.broadsheet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.analysis.Explanation;
import org.broadsheet.content.ContentProblem;
import org.broadsheet.content.SourceFile;
import org.broadsheet.markdown.ArticleParser;
import org.broadsheet.model.Article;
import org.broadsheet.model.Extraction;
import org.broadsheet.render.ExtractionJson;
import org.broadsheet.site.ArticleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Print the analysis of articles as JSON; nothing is rendered.",
        description = {
            "For each FILE prints one JSON object (one line) with its quotes, dates, places and people. "
                    + "With --jsonl, reads JSON lines {\"id\", \"dct\", \"text\"} from standard input (dct: publication "
                    + "date or null) and prints one line per input with the same id. Offsets are Unicode code points "
                    + "into the article body."
        },
        footer = {
            "",
            "Examples:",
            "  broadsheet extract content/000_90963fd85bcb9a33.txt",
            "  echo '{\"id\":\"a\",\"dct\":\"2017-11-23\",\"text\":\"He said “yes” on Monday.\"}' | broadsheet extract --jsonl"
        })
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions shared;

    @Option(names = "--jsonl", description = "Read JSON lines {\"id\", \"dct\", \"text\"} from standard input.")
    boolean jsonl;

    @Option(names = "--pretty", description = "Indent the JSON (one object per article, no longer one per line).")
    boolean pretty;

    @Option(
            names = "--explain",
            arity = "0..1",
            fallbackValue = "kept",
            paramLabel = "all",
            converter = ExplainLevel.class,
            preprocessor = ExplainLevel.class,
            description = "Add to each quote, date and place the names of the rules that found and kept it. "
                    + "--explain=all also lists the candidates that were rejected and the rule that rejected each.")
    Explanation.Level explain;

    /** "--explain" alone is {@code KEPT}; "--explain=all" is {@code ALL}; a file name after it stays a file. */
    static final class ExplainLevel
            implements picocli.CommandLine.ITypeConverter<Explanation.Level>,
                    picocli.CommandLine.IParameterPreprocessor {
        /** A value only when attached ("--explain=all"): a word after a bare "--explain" is a FILE. */
        @Override
        public boolean preprocess(
                java.util.Stack<String> args,
                CommandSpec command,
                picocli.CommandLine.Model.ArgSpec option,
                java.util.Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                option.setValue(Explanation.Level.KEPT);
                return true;
            }
            return false;
        }

        @Override
        public Explanation.Level convert(String value) {
            return switch (value) {
                case "kept" -> Explanation.Level.KEPT;
                case "all" -> Explanation.Level.ALL;
                default -> throw new picocli.CommandLine.TypeConversionException("--explain takes =all or nothing");
            };
        }
    }

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article files (.txt or .md).")
    List<Path> files = new ArrayList<>();

    /** Where --jsonl reads from; tests set it to feed many lines through one command. */
    InputStream in = System.in;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        if (jsonl == !files.isEmpty()) {
            throw new BroadsheetException("give either FILE... or --jsonl (see broadsheet extract --help)", 2);
        }
        ExtractionJson json = new ExtractionJson(mapper);
        ArticleLoader loader = ArticleLoader.forExtract(new ArticleParser(false), new Analyzer());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = jsonl ? fromStdin(json, loader, out, err) : fromFiles(json, loader, out, err);
        out.flush();
        err.flush();
        return failures == 0 ? 0 : 1;
    }

    private Explanation explanation() {
        return Explanation.recording(explain == null ? Explanation.Level.NONE : explain);
    }

    private int fromFiles(ExtractionJson json, ArticleLoader loader, PrintWriter out, PrintWriter err)
            throws IOException {
        int failures = 0;
        for (Path file : files) {
            String name = file.toString();
            SourceFile.Format format = name.toLowerCase(java.util.Locale.ROOT).endsWith(".md")
                    ? SourceFile.Format.MARKDOWN
                    : SourceFile.Format.TEXT;
            try {
                if (!Files.isRegularFile(file)) {
                    throw new ContentProblem(name, 0, "no such file");
                }
                Explanation why = explanation();
                Article a = loader.load(new SourceFile(file, name, format), why);
                print(
                        out,
                        Explained.add(json.toJson(name, a.title(), a.date(), a.body(), a.extraction()), a.body(), why));
            } catch (ContentProblem e) {
                err.println("error: " + e.describe());
                failures++;
            }
        }
        return failures;
    }

    /** Lines read and analysed together: in parallel over the cores, printed in input order. */
    private static final int BATCH = 256;

    private int fromStdin(ExtractionJson json, ArticleLoader loader, PrintWriter out, PrintWriter err)
            throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int failures = 0;
        int lineNumber = 0;
        List<String> batch = new ArrayList<>(BATCH);
        for (String line = lines.readLine(); ; line = lines.readLine()) {
            if (line != null) {
                batch.add(line);
            }
            if (batch.size() == BATCH || line == null && !batch.isEmpty()) {
                int first = lineNumber + 1;
                List<String> input = batch;
                List<Answer> answers = java.util.stream.IntStream.range(0, input.size())
                        .parallel()
                        .mapToObj(i -> answer(input.get(i), first + i, json, loader))
                        .toList();
                for (Answer a : answers) {
                    if (a.error() != null) {
                        err.println(a.error());
                        failures++;
                    }
                    if (a.json() != null) {
                        out.println(a.json());
                    }
                }
                lineNumber += batch.size();
                batch = new ArrayList<>(BATCH);
            }
            if (line == null) {
                return failures;
            }
        }
    }

    /** What one input line gives: a JSON line to print (null for a blank line) and an error, if any. */
    private record Answer(String json, String error) {}

    private Answer answer(String line, int lineNumber, ExtractionJson json, ArticleLoader loader) {
        if (line.isBlank()) {
            return new Answer(null, null);
        }
        String id = null;
        try {
            JsonNode node = mapper.readTree(line);
            id = node.hasNonNull("id") ? node.get("id").asText() : null;
            String text = node.path("text").asText("");
            String dctText = node.hasNonNull("dct") ? node.get("dct").asText() : null;
            LocalDate dct =
                    dctText == null ? null : LocalDate.parse(dctText.substring(0, Math.min(10, dctText.length())));
            if (text.isBlank()) {
                return new Answer(write(json.toJson(id, null, dct, text, Extraction.EMPTY)), null);
            }
            // the loader reads the text as build reads a .txt file: title, dateline and analysis agree
            Explanation why = explanation();
            Article a = loader.loadText(id == null ? "standard input:" + lineNumber : id, text, dct, why);
            return new Answer(
                    write(Explained.add(json.toJson(id, a.title(), a.date(), a.body(), a.extraction()), a.body(), why)),
                    null);
        } catch (ContentProblem e) {
            ObjectNode failed = mapper.createObjectNode().put("id", id).put("error", e.getMessage());
            return new Answer(writeQuietly(failed), "error: standard input:" + lineNumber + ": " + e.getMessage());
        } catch (JsonProcessingException | DateTimeParseException e) {
            ObjectNode failed = mapper.createObjectNode().put("id", id).put("error", "unreadable input line");
            return new Answer(
                    writeQuietly(failed),
                    "error: standard input:" + lineNumber + ": "
                            + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private String write(JsonNode node) throws JsonProcessingException {
        return pretty
                ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                : mapper.writeValueAsString(node);
    }

    private String writeQuietly(JsonNode node) {
        try {
            return write(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void print(PrintWriter out, JsonNode node) throws JsonProcessingException {
        out.println(write(node));
    }
}
