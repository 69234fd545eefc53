package org.broadsheet.analysis.people;

import java.util.Set;
import org.broadsheet.analysis.text.Lexicon;

/** A word list from {@code src/main/resources/lexicon/}, read by the one {@link Lexicon} loader. Immutable. */
final class WordList {
    private WordList() {}

    static Set<String> load(String resource) {
        return Lexicon.fromResource(resource, resource).entries();
    }
}
