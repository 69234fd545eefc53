package org.broadsheet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.broadsheet.model.Problem;
import org.broadsheet.site.BuildFailure;
import org.broadsheet.site.BuildOptions;
import org.broadsheet.site.BuildReport;
import org.broadsheet.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        showDefaultValues = true,
        header = "Build the site from content/ into site-output/.",
        description = {
            "Reads every article under content/ (.txt and .md, any sub-folder), finds its quotes, dates, "
                    + "places and people, and writes a static website. Bad articles are reported and skipped; the rest "
                    + "of the archive is still built. Only files whose bytes changed are rewritten.",
            "",
            "Exit status: 0 built, 1 some input had errors, 2 usage error."
        },
        footer = {
            "",
            "Examples:",
            "  broadsheet build",
            "  broadsheet build --source my-archive --base-url https://news.example.org/",
            "  broadsheet build --drafts --output /tmp/preview"
        })
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions shared;

    @Mixin
    SiteOptions site;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The URL the site is published at; overrides site.yaml.")
    String baseUrl;

    @Option(names = "--clean", description = "Write every file again, even those whose bytes did not change.")
    boolean clean;

    @Override
    public Integer call() throws Exception {
        if (baseUrl != null && !baseUrl.matches("(?i)https?://\\S+")) {
            throw new BroadsheetException("--base-url must be an http(s) URL, got '" + baseUrl + "'", 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = new BuildOptions(site.source, site.output, baseUrl, site.drafts, clean);
        BuildReport report;
        try {
            report = new SiteBuilder(options).readingBodiesFromFiles().build();
        } catch (BuildFailure e) {
            throw new BroadsheetException(e.getMessage(), e.usage() ? 2 : 1);
        }
        for (Problem p : report.problems()) {
            err.println(p);
        }
        if (report.upToDate()) {
            out.printf(
                    "Up to date: %d article(s) in %s, built from the same inputs as last time (%d ms).%n",
                    report.articles(), options.output(), report.millis());
        } else {
            out.printf(
                    "Built %d article(s) (%d analysed) into %s in %d ms: %d file(s) written, %d unchanged, %d removed.%n",
                    report.articles(),
                    report.analysed(),
                    options.output(),
                    report.millis(),
                    report.written(),
                    report.unchanged(),
                    report.removed());
        }
        long errors = report.problems().stream().filter(Problem::error).count();
        if (errors > 0) {
            err.printf("%d error(s); everything else was built.%n", errors);
        }
        out.flush();
        err.flush();
        return errors > 0 ? 1 : 0;
    }
}
