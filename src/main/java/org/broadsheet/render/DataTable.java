package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * One file of the site's {@code data/} folder as its Frictionless descriptor and the Open data page describe it.
 *
 * @param name        the resource name ("articles"), lower case, as the Data Package standard asks
 * @param file        the file's name inside {@code data/} ("articles.csv")
 * @param fields      the columns, in order (for a CSV file, its header); empty for places.geojson
 * @param primaryKey  the column that names a row uniquely, or null
 * @param foreignKeys columns that name a row of another table: {@code quotes.article} is an
 *                    {@code articles.slug}
 */
public record DataTable(
        String name,
        String file,
        String title,
        String description,
        String format,
        String mediatype,
        List<DataField> fields,
        String primaryKey,
        List<ForeignKey> foreignKeys) {
    public DataTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        fields = List.copyOf(fields);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** The header of a CSV table: its field names in order. */
    public String[] header() {
        return fields.stream().map(DataField::name).toArray(String[]::new);
    }

    /**
     * A column.
     *
     * @param type a Table Schema type: string, integer, date
     */
    public record DataField(String name, String type, String description) {}

    /** A column whose values are the primary key of another table of the folder. */
    public record ForeignKey(String field, String table, String tableField) {}
}
