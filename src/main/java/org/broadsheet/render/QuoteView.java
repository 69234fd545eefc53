package org.broadsheet.render;

/**
 * A quote as pages show it.
 *
 * @param kind        direct, partial, scare or block
 * @param speakerHref the speaker's page relative to the site root, or null
 * @param article     the article it is from (on people and quote pages), or null on the article itself
 */
public record QuoteView(String text, String kind, String speaker, String speakerHref, ArticleCard article) {}
