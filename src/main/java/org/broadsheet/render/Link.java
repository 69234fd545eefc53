package org.broadsheet.render;

/** A link: {@code href} is relative to the site root; templates write {@code ${root}${link.href}}. */
public record Link(String text, String href) {}
