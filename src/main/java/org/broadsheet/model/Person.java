package org.broadsheet.model;

import java.util.List;
import java.util.Objects;

/**
 * A person named in an article, with every mention of them (full name, surname, ...).
 *
 * @param role the title or role the text gives ("Iraqi Prime Minister"), or null
 */
public record Person(String name, String role, List<Span> mentions) {
    public Person {
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
    }
}
