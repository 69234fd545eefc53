package org.broadsheet.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One rule of a finder's table: a name that {@code extract --explain} prints and a spec case cites, an
 * invented example of the text it is for, and its condition over what the finder knows of a candidate.
 * A finder tries its table in order and the first rule whose condition holds decides, as in HeidelTime's
 * rule files.
 */
public record NamedRule<T>(String name, String example, Predicate<T> condition) {
    public NamedRule {
        Objects.requireNonNull(name);
        Objects.requireNonNull(example);
        Objects.requireNonNull(condition);
    }

    public static <T> NamedRule<T> of(String name, String example, Predicate<T> condition) {
        return new NamedRule<>(name, example, condition);
    }

    /** The first rule of a table whose condition holds, skipping those named in {@code off}, or null. */
    public static <T> NamedRule<T> first(List<NamedRule<T>> table, T candidate, Set<String> off) {
        for (NamedRule<T> rule : table) {
            if (!off.contains(rule.name) && rule.condition.test(candidate)) {
                return rule;
            }
        }
        return null;
    }
}
