package org.broadsheet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.broadsheet.analysis.Explanation;

/**
 * What {@code extract --explain} adds to the extract JSON: a {@code rules} list on every quote, date and
 * place (the rules that found and kept it, in the order they fired) and, with {@code --explain=all}, a
 * {@code rejected} list of the candidates a rule threw out. The explanation holds string offsets; the
 * JSON holds code points, so they are matched in code points.
 */
final class Explained {
    private static final List<String> FINDERS = List.of("quotes", "dates", "places");

    private Explained() {}

    static ObjectNode add(ObjectNode json, String body, Explanation why) {
        if (!why.on()) {
            return json;
        }
        for (String finder : FINDERS) {
            for (JsonNode span : json.withArray(finder)) {
                ObjectNode n = (ObjectNode) span;
                ArrayNode rules = n.putArray("rules");
                int start = index(body, n.get("start").asInt());
                int end = index(body, n.get("end").asInt());
                why.rulesFor(finder, start, end).forEach(rules::add);
            }
        }
        if (why.recordsRejections()) {
            ArrayNode rejected = json.putArray("rejected");
            for (Explanation.Step s : why.rejections()) {
                rejected.addObject()
                        .put("finder", s.finder())
                        .put("start", body.codePointCount(0, s.start()))
                        .put("end", body.codePointCount(0, s.end()))
                        .put("text", s.text())
                        .put("rule", s.rule());
            }
        }
        return json;
    }

    /** The string index of a code-point offset. */
    private static int index(String body, int codePoint) {
        return body.offsetByCodePoints(0, Math.min(codePoint, body.codePointCount(0, body.length())));
    }
}
