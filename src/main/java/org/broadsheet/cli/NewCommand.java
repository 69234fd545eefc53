package org.broadsheet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.broadsheet.index.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        showDefaultValues = true,
        header = "Create a new article with front matter.",
        description = "Writes content/<slug>.md (or .txt) with the title and today's date in its front matter. "
                + "Never overwrites an existing file.",
        footer = {
            "",
            "Examples:",
            "  broadsheet new \"Floods close the coast road\"",
            "  broadsheet new --txt --date 2017-11-23 \"Iraq vote on US troops\""
        })
public final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions shared;

    @Parameters(paramLabel = "TITLE", description = "The article's title.")
    String title;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder.")
    Path source = Path.of(".");

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: today).")
    String date;

    @Option(names = "--txt", description = "Create a plain-text article instead of Markdown.")
    boolean txt;

    @Override
    public Integer call() throws IOException {
        if (title.isBlank()) {
            throw new BroadsheetException("the title may not be empty", 2);
        }
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BroadsheetException("--date must be YYYY-MM-DD, got '" + date + "'", 2);
        }
        String slug = Slugs.slugify(title, "article");
        Path file = source.resolve("content").resolve(slug + (txt ? ".txt" : ".md"));
        Files.createDirectories(file.getParent());
        String text = "---\ntitle: " + yamlString(title) + "\ndate: " + day + "\ntags: []\ndraft: false\n---\n\n"
                + (txt
                        ? "Write the article here. Every line is a paragraph.\n"
                        : "Write the article here, in Markdown.\n");
        try {
            Files.writeString(
                    file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new BroadsheetException(file + " already exists; choose another title", 1);
        }
        spec.commandLine().getOut().println("Created " + file);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A double-quoted YAML scalar, so titles with ':' or '#' stay text. */
    static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
