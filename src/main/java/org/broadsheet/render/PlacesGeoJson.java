package org.broadsheet.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.broadsheet.index.PlaceEntry;

/**
 * {@code data/places.geojson}: every place of the archive as a GeoJSON (RFC 7946) FeatureCollection of
 * points, coordinates as [longitude, latitude] in WGS 84, one feature per line, written as a stream.
 */
final class PlacesGeoJson {
    private final RenderContext ctx;
    private final DataRows rows;
    private final PlacePages places;
    private final JsonFactory json;

    PlacesGeoJson(RenderContext ctx, DataRows rows, PlacePages places, JsonFactory json) {
        this.ctx = ctx;
        this.rows = rows;
        this.places = places;
        this.json = json;
    }

    void write(OutputStream out) throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (PlaceEntry p : ctx.archive().places().all().values()) {
                g.writeRaw('\n');
                feature(g, p);
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private void feature(JsonGenerator g, PlaceEntry p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", p.slug());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(p.lon());
        g.writeNumber(p.lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("slug", p.slug());
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("gazetteer_name", p.gazetteerName());
        g.writeStringField("country", p.country());
        g.writeStringField("kind", p.kind());
        g.writeNumberField("articles", p.articles().size());
        g.writeNumberField("mentions", p.mentions());
        g.writeStringField("page", rows.page(places.view(p).href()));
        g.writeEndObject();
        g.writeEndObject();
    }
}
