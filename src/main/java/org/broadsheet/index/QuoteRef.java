package org.broadsheet.index;

import org.broadsheet.model.Article;
import org.broadsheet.model.Quote;

/** A quote with the article it stands in. */
public record QuoteRef(Article article, Quote quote) {}
