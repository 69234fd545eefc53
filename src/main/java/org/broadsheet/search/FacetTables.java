package org.broadsheet.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers the values of one facet (place or person) by how many documents carry them, most frequent
 * first, so that the names a result page shows almost always sit in the first small name chunk; and
 * gives each document the ids of its values. Ties are broken by name, so numbering is deterministic.
 */
final class FacetTables {
    private final List<String> names;
    private final List<int[]> idsByDocument;

    FacetTables(List<SearchDocument> documents, Function<SearchDocument, List<String>> values) {
        Map<String, Integer> frequency = new HashMap<>();
        List<List<String>> distinct = new ArrayList<>(documents.size());
        for (SearchDocument document : documents) {
            List<String> own = new ArrayList<>(new LinkedHashSet<>(clean(values.apply(document))));
            distinct.add(own);
            own.forEach(name -> frequency.merge(name, 1, Integer::sum));
        }
        List<String> ordered = new ArrayList<>(frequency.keySet());
        ordered.sort(
                Comparator.<String>comparingInt(frequency::get).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            ids.put(ordered.get(i), i);
        }
        this.names = List.copyOf(ordered);
        this.idsByDocument = new ArrayList<>(documents.size());
        for (List<String> own : distinct) {
            idsByDocument.add(own.stream().mapToInt(ids::get).sorted().toArray());
        }
    }

    private static List<String> clean(List<String> names) {
        return names.stream()
                .filter(name -> name != null && !name.isBlank())
                .map(String::strip)
                .toList();
    }

    /** Facet values, most frequent first; a value's id is its index here. */
    List<String> names() {
        return names;
    }

    /** The value ids of the document with this index id, ascending. */
    int[] ids(int document) {
        return idsByDocument.get(document);
    }
}
