/**
 * Places: which words of an article name places, and which places they name.
 *
 * <p>{@link org.broadsheet.analysis.places.PlaceFinder} runs, per article: {@code Tokenizer} (words, sentence
 * starts, title-case headlines), {@code CandidateScanner} (longest gazetteer names in one pass over the
 * capitalised words, and lists such as "Becker and Clay counties"), {@code PersonNames}, {@code CarNames} and
 * {@code NotPlaceRules} (what is a person, an organisation, a car, a month, an ordinary word or a street rather
 * than a place, weighed against the {@code PlaceCues} that say a mention is a place), then {@code PlaceResolver}
 * (one entry per name, from {@code NameEvidence} around its mentions, the {@code ArticleContext} of countries,
 * areas and nearby places, and the {@code Neighbours} each reading has among the readings of the article's other
 * names).
 *
 * <p>{@link org.broadsheet.analysis.places.Gazetteer} is loaded once per JVM from the jar's {@code gazetteer/}
 * resources, which scripts/gazetteer/generate.py builds from pinned npm packages (GeoNames CC BY 4.0,
 * world-countries ODbL 1.0); {@code gazetteer/ATTRIBUTION.txt} is the text for NOTICE and the site footer.
 * Everything here is immutable or per call, so one finder serves all threads.
 */
package org.broadsheet.analysis.places;
