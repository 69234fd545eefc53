/**
 * Client-side search: the index written at build time into {@code search/} and read by the search page.
 *
 * <p>The site build calls {@link org.broadsheet.search.SearchIndexWriter#write} with one
 * {@link org.broadsheet.search.SearchDocument} per published article and writes the returned files under
 * {@code site-output/search/}; it copies the theme's {@code assets/search/} folder (search.js,
 * search-engine.js, search.css, vendor/stemmer.js and its licence) like any other theme asset, and renders
 * {@code partials/search-app.ftlh} in the body of {@code search/index.html} with {@code root = "../"}.
 * The header search box of every page is a GET form with an input named {@code q} whose action is
 * {@code ${root}search/}.
 *
 * <p>Why not a JavaScript search library: lunr, MiniSearch and FlexSearch rank well but load one
 * monolithic index into memory (tens of megabytes at 100,000 articles) and cannot fetch part of it;
 * Pagefind shards well but its index is written by its own Rust binary, not from Java, and needs
 * WebAssembly. So the ranking (BM25 with precomputed impacts, about 60 lines) is written here, and the
 * one piece that must match across Java and JavaScript exactly, the Porter stemmer, is a vendored
 * library (words/stemmer, MIT) with a statement-by-statement Java port checked against it in the browser.
 */
package org.broadsheet.search;
