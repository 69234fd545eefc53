package org.broadsheet.content;

/**
 * Splits a source text into its YAML front matter block ({@code ---} ... {@code ---}) and the body.
 *
 * @param yaml          the YAML between the fences, or null when the file has no front matter
 * @param body          everything after the closing fence (the text offsets are counted in)
 * @param bodyFirstLine 1-based line of the file where the body starts
 */
public record FrontMatterBlock(String yaml, String body, int bodyFirstLine) {

    public static FrontMatterBlock split(String file, String text) throws ContentProblem {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            return new FrontMatterBlock(null, text, 1);
        }
        int lineStart = 4;
        int line = 2;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String current = text.substring(lineStart, lineEnd).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                String body = lineEnd >= text.length() ? "" : text.substring(lineEnd + 1);
                return new FrontMatterBlock(text.substring(4, lineStart), body, line + 1);
            }
            lineStart = lineEnd + 1;
            line++;
        }
        throw new ContentProblem(file, 1, "front matter opened with '---' is never closed (add a '---' line after it)");
    }
}
