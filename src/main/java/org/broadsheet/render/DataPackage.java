package org.broadsheet.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.broadsheet.index.Slugs;
import org.broadsheet.render.DataTable.DataField;
import org.broadsheet.render.DataTable.ForeignKey;

/**
 * {@code data/datapackage.json}: the Frictionless Data Package descriptor of the folder (profile
 * data-package, version 1 of the specification): each file with its format, its fields and, for the tables,
 * the CSV dialect; and the licences of the bundled data its values rest on.
 */
final class DataPackage {
    /** The place names, countries and coordinates in places.geojson come from these, under these licences. */
    static final List<DataLicence> PLACE_DATA = List.of(
            new DataLicence(
                    "CC-BY-4.0",
                    "https://creativecommons.org/licenses/by/4.0/",
                    "Place names and coordinates from GeoNames (geonames.org), Creative Commons Attribution 4.0"),
            new DataLicence(
                    "ODbL-1.0",
                    "https://opendatacommons.org/licenses/odbl/1-0/",
                    "Country names, codes and coordinates from world-countries (mledoze/countries), Open Database"
                            + " License 1.0"));

    private DataPackage() {}

    static String descriptor(ObjectMapper mapper, SiteView site, String attribution) {
        ObjectNode root = mapper.createObjectNode();
        root.put("profile", "data-package");
        root.put("name", Slugs.slugify(site.title(), "archive"));
        root.put("title", site.title() + ": open data");
        root.put(
                "description",
                "What Broadsheet found in the articles of " + site.title() + ": articles, quotes, people, places and"
                        + " dated events. The articles' words (titles, quotes, sentences) remain their authors' and"
                        + " publishers'. " + attribution);
        if (site.baseUrl() != null) {
            root.put("homepage", site.baseUrl());
        }
        ArrayNode sources = root.putArray("sources");
        sources.addObject().put("title", "GeoNames").put("path", "https://www.geonames.org/");
        sources.addObject().put("title", "world-countries").put("path", "https://github.com/mledoze/countries");
        ArrayNode resources = root.putArray("resources");
        for (DataTable t : DataTables.ALL) {
            resource(resources.addObject(), t);
        }
        try {
            return mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void resource(ObjectNode r, DataTable t) {
        boolean csv = "csv".equals(t.format());
        r.put("name", t.name());
        r.put("path", t.file());
        r.put("profile", csv ? "tabular-data-resource" : "data-resource");
        r.put("title", t.title());
        r.put("description", t.description());
        r.put("format", t.format());
        r.put("mediatype", t.mediatype());
        r.put("encoding", "utf-8");
        if (csv) {
            r.putObject("dialect")
                    .put("delimiter", ",")
                    .put("lineTerminator", "\r\n")
                    .put("quoteChar", "\"")
                    .put("doubleQuote", true)
                    .put("header", true);
        }
        ObjectNode schema = r.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (DataField f : t.fields()) {
            fields.addObject().put("name", f.name()).put("type", f.type()).put("description", f.description());
        }
        if (csv) {
            schema.putArray("missingValues").add("");
            if (t.primaryKey() != null) {
                schema.put("primaryKey", t.primaryKey());
            }
            if (!t.foreignKeys().isEmpty()) {
                ArrayNode keys = schema.putArray("foreignKeys");
                for (ForeignKey k : t.foreignKeys()) {
                    ObjectNode key = keys.addObject().put("fields", k.field());
                    key.putObject("reference").put("resource", k.table()).put("fields", k.tableField());
                }
            }
        }
        if (t == DataTables.PLACES) {
            ArrayNode licences = r.putArray("licenses");
            for (DataLicence l : PLACE_DATA) {
                licences.addObject().put("name", l.name()).put("path", l.path()).put("title", l.title());
            }
        }
    }
}
