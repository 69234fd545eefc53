package org.broadsheet.model;

import java.util.Objects;

/**
 * Something wrong with the input, reported to the user; the build goes on without it.
 *
 * @param location       "content/a.md:3" or "templates/article.ftlh:12:5" (file, then line and column where known)
 * @param error          true for errors (exit status 1), false for warnings
 * @param keepsPublished a file that could not be read: what the last build published from it stays in the
 *                       output, since its absence says nothing about whether the article still exists
 */
public record Problem(String location, String message, boolean error, boolean keepsPublished) {
    public Problem {
        location = printable(Objects.requireNonNull(location, "location"));
        message = printable(Objects.requireNonNull(message, "message"));
    }

    public Problem(String location, String message, boolean error) {
        this(location, message, error, false);
    }

    /** An error for a file or folder that cannot be read; what the last build published from it is kept. */
    public static Problem unreadable(String location, String why) {
        return new Problem(
                location, "cannot be read (" + why + "); what the last build published from it is kept", true, true);
    }

    /**
     * The text with control characters written as escapes (a line feed as backslash-n), so a file named
     * with a line break cannot forge a second {@code error:} line or move the terminal's cursor.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public String toString() {
        return (error ? "error: " : "warning: ") + location + ": " + message;
    }
}
