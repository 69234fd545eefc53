package org.broadsheet.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Quote;
import org.broadsheet.model.Span;
import org.broadsheet.model.Timex;

/**
 * The {@code extract} JSON contract of DESIGN.md. Offsets are converted from Java string indices to
 * Unicode code-point offsets here, at the edge, and nowhere else.
 */
public final class ExtractionJson {
    private final ObjectMapper mapper;

    public ExtractionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(String id, String title, LocalDate date, String body, Extraction extraction) {
        CodePoints cp = new CodePoints(body);
        ObjectNode root = mapper.createObjectNode();
        root.put("id", id);
        root.put("title", title);
        root.put("date", date == null ? null : date.toString());
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : extraction.quotes()) {
            ObjectNode n = span(quotes.addObject(), cp, q.start(), q.end(), q.text());
            n.put("kind", q.kind().label());
            n.put("speaker", q.speaker());
            if (q.speakerMention() == null) {
                n.putNull("speakerMention");
            } else {
                span(n.putObject("speakerMention"), cp, q.speakerMention());
            }
        }
        ArrayNode dates = root.putArray("dates");
        for (Timex t : extraction.dates()) {
            ObjectNode n = span(dates.addObject(), cp, t.start(), t.end(), t.text());
            n.put("type", t.type().name());
            n.put("value", t.value());
        }
        ArrayNode places = root.putArray("places");
        for (PlaceMention p : extraction.places()) {
            ObjectNode n = span(places.addObject(), cp, p.start(), p.end(), p.text());
            n.put("name", p.name());
            n.put("country", p.country());
            n.put("lat", p.lat());
            n.put("lon", p.lon());
            n.put("kind", p.kind());
            n.put("id", p.id());
            if (p.form() != null) {
                n.put("form", p.form());
            }
        }
        ArrayNode people = root.putArray("people");
        for (Person person : extraction.people()) {
            ObjectNode n = people.addObject();
            n.put("name", person.name());
            if (person.role() != null) {
                n.put("role", person.role());
            }
            ArrayNode mentions = n.putArray("mentions");
            for (Span m : person.mentions()) {
                span(mentions.addObject(), cp, m);
            }
        }
        return root;
    }

    private static ObjectNode span(ObjectNode n, CodePoints cp, Span s) {
        return span(n, cp, s.start(), s.end(), s.text());
    }

    private static ObjectNode span(ObjectNode n, CodePoints cp, int start, int end, String text) {
        n.put("start", cp.offset(start));
        n.put("end", cp.offset(end));
        n.put("text", text);
        return n;
    }

    /** Maps UTF-16 indices to code-point offsets; cheap when the text has no surrogate pairs. */
    private static final class CodePoints {
        private final String text;
        private final boolean bmpOnly;

        CodePoints(String text) {
            this.text = text;
            this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
        }

        int offset(int index) {
            return bmpOnly ? index : text.codePointCount(0, Math.min(index, text.length()));
        }
    }
}
