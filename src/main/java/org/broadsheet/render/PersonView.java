package org.broadsheet.render;

/** A person in a list: name, role if known, link to their page, and counts. */
public record PersonView(String name, String role, String href, int quotes, int articles, int mentions) {}
