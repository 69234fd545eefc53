package org.broadsheet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.build.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Print the analysis of articles as JSON; nothing is rendered.")
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", description = "Read JSON lines {\"id\", \"dct\", \"text\"} from standard input.")
    boolean jsonl;

    @Override
    public Integer call() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ExtractionJson json = new ExtractionJson(mapper);
        Analyzer analyzer = new Analyzer();
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            String text = node.path("text").asText("");
            LocalDate dct = node.hasNonNull("dct") ? LocalDate.parse(node.get("dct").asText()) : null;
            AnalysisText input = AnalysisText.ofPlainText(text, dct);
            out.println(mapper.writeValueAsString(json.toJson(node.path("id").asText(null), null, dct, text,
                    analyzer.analyze(input))));
        }
        out.flush();
        return 0;
    }
}
