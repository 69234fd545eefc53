package org.broadsheet.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.AnalysisText.Block;
import org.broadsheet.analysis.AnalysisText.BlockKind;

/**
 * One case of a spec file: a name, an article body and the expected lines of one section.
 *
 * <pre>
 * === name of the case
 * First paragraph.
 *
 * &gt; a blockquote paragraph
 * --- quotes
 * direct | “We will stay,” | Hadi al-Ameri | he
 * </pre>
 * Paragraphs are separated by blank lines; a paragraph starting with "&gt; " is a blockquote.
 */
record SpecCase(String file, String name, AnalysisText text, List<String> expected, List<String> rules) {
    /** The rules a case is about, in brackets after its name: "=== a pronoun after the quote [speaker-own-cue]". */
    private static final java.util.regex.Pattern RULES = java.util.regex.Pattern.compile("\\[([a-z, -]+)]\\s*$");

    static List<SpecCase> parse(String file, String content) {
        List<SpecCase> out = new ArrayList<>();
        String[] parts = content.split("(?m)^=== ");
        for (String part : parts) {
            if (part.isBlank() || part.startsWith("#")) {
                continue;
            }
            int nl = part.indexOf('\n');
            String name = part.substring(0, nl).strip();
            List<String> rules = new ArrayList<>();
            java.util.regex.Matcher named = RULES.matcher(name);
            if (named.find()) {
                for (String r : named.group(1).split(",")) {
                    rules.add(r.strip());
                }
                name = name.substring(0, named.start()).strip();
            }
            String rest = part.substring(nl + 1);
            int sep = rest.indexOf("\n--- ");
            String body = rest.substring(0, sep);
            String expectedPart = rest.substring(rest.indexOf('\n', sep + 1) + 1);
            List<String> expected = new ArrayList<>();
            for (String line : expectedPart.split("\n")) {
                if (!line.isBlank()) {
                    expected.add(line.strip());
                }
            }
            out.add(new SpecCase(file, name, toText(body), expected, List.copyOf(rules)));
        }
        return out;
    }

    private static AnalysisText toText(String body) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String para : body.strip().split("\n\\s*\n")) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            boolean quote = para.startsWith("> ");
            String p = quote ? para.substring(2) : para;
            int start = text.length();
            text.append(p);
            blocks.add(new Block(start, text.length(), quote ? BlockKind.BLOCKQUOTE : BlockKind.PARAGRAPH));
        }
        return new AnalysisText(text.toString(), blocks, null);
    }

    @Override
    public String toString() {
        return file + ": " + name;
    }
}
