package org.broadsheet.model;

import java.util.Locale;

/** What a quotation is: see DESIGN.md, {@code quotes[].kind}. */
public enum QuoteKind {
    /** A whole quoted utterance. */
    DIRECT,
    /** A quoted fragment inside reported speech. */
    PARTIAL,
    /** A quoted term nobody is quoted as saying: self-proclaimed "caliphate". */
    SCARE,
    /** A Markdown blockquote. */
    BLOCK;

    /** The name used in JSON and templates: {@code direct}, {@code partial}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
