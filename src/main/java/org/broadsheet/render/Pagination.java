package org.broadsheet.render;

/** Where a paginated list is: page {@code number} of {@code total}; hrefs relative to the site root or null. */
public record Pagination(int number, int total, String previousHref, String nextHref) {}
