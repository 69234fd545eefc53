package org.broadsheet.render;

/**
 * A licence of bundled data whose values the {@code data/} folder's files carry, as datapackage.json and the
 * Open data page name it.
 *
 * @param name  the SPDX identifier ("CC-BY-4.0")
 * @param path  where the licence text is
 * @param title whose data it covers, and the licence's full name
 */
public record DataLicence(String name, String path, String title) {}
