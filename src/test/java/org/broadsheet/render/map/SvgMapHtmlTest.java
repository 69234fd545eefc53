package org.broadsheet.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** The maps go inline into HTML5 pages, which the site's tests check with the Nu HTML Checker. */
class SvgMapHtmlTest {

    @Test
    void inlineMapsPassTheNuHtmlChecker() throws Exception {
        List<MapPoint> iraq = List.of(
                new MapPoint(33.34, 44.40, "Baghdad <HQ> & co", 5),
                new MapPoint(36.34, 43.13, "Mosul \u0001 \"north\"", 1));
        List<MapPoint> pacific = List.of(MapPoint.of(-18.14, 178.44, "Suva"), MapPoint.of(-13.83, -171.76, "Apia"));
        List<MapPoint> random = SvgMapTest.randomPoints(30, 2);
        String page =
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Maps</title></head><body>\n"
                        + "<div>" + SvgMap.html(SvgMap.world(random), random, "World & co", "../assets/maps/")
                        + "</div>\n"
                        + "<div>" + SvgMap.html(SvgMap.world(iraq), iraq, "Iraq", "../assets/maps/") + "</div>\n"
                        + "<div>" + SvgMap.html(SvgMap.around(iraq), iraq, "Iraq <b>", "../assets/maps/") + "</div>\n"
                        + "<div>" + SvgMap.html(SvgMap.around(pacific), pacific, "Pacific", "../assets/maps/")
                        + "</div>\n"
                        + "</body></html>\n";
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String messages = validator.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", messages.strip());
    }

    @Test
    void theCheckerCatchesWhatItShould() throws Exception {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head><body>"
                + "<svg viewBox=\"0 0 1 1\"><circle foo=\"1\" r=\"1\"/></svg></body></html>";
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String messages = validator.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        assertTrue(messages.contains("foo"), messages);
    }
}
