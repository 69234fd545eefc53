package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a plan's outline file: a standalone SVG document with the sea, every country in view,
 * the highlighted country and the country names. Its colours follow the reader's light or dark
 * scheme ({@code prefers-color-scheme} inside the file, which browsers apply to SVG shown as an
 * image), with land and sea far enough apart to tell in both.
 */
final class OutlineLayer {
    private static final String STYLE = "<style>"
            + ".sea{fill:#9cc3e2}.land{fill:#f6f3eb;stroke:#857d6b}.focus{fill:#ead7a0}"
            + ".names{fill:#4a4436;stroke:#f6f3eb}.back{fill:#fdfcf9;stroke:#857d6b}"
            + "@media (prefers-color-scheme:dark){.sea{fill:#0b1e30}.land{fill:#454b52;stroke:#8a929b}"
            + ".focus{fill:#6b6040}.names{fill:#e4dfd3;stroke:#454b52}.back{fill:#15171a;stroke:#8a929b}}"
            + "</style>";

    private OutlineLayer() {}

    /** The file's text and the names placed on it (so points' labels can keep clear of them). */
    record Drawing(String svg, List<CountryLabels.Label> labels) {
        Drawing {
            labels = List.copyOf(labels);
        }
    }

    static Drawing draw(MapPlan plan) {
        MapFrame frame = plan.frame;
        StringBuilder svg = new StringBuilder(32 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
        SvgMarkup.appendDecimal(svg, MapFrame.WIDTH).append(' ');
        SvgMarkup.appendDecimal(svg, frame.height()).append("\" width=\"");
        SvgMarkup.appendDecimal(svg, MapFrame.WIDTH).append("\" height=\"");
        SvgMarkup.appendDecimal(svg, frame.height()).append("\">").append(STYLE);
        OutlinePath paths = new OutlinePath(frame, true);
        if (plan.world) {
            if (!plan.labels) {
                // the locator inset: a card behind the globe, so it reads apart from the map it sits on
                svg.append("<rect class=\"back\" stroke-width=\"6\" width=\"");
                SvgMarkup.appendDecimal(svg, MapFrame.WIDTH).append("\" height=\"");
                SvgMarkup.appendDecimal(svg, frame.height()).append("\"/>");
            }
            svg.append("<path class=\"sea\" d=\"")
                    .append(paths.pathOf(SvgMapWriter.Globe.OUTLINE))
                    .append("\"/>");
        } else {
            svg.append("<rect class=\"sea\" width=\"");
            SvgMarkup.appendDecimal(svg, MapFrame.WIDTH).append("\" height=\"");
            SvgMarkup.appendDecimal(svg, frame.height()).append("\"/>");
        }
        svg.append("<g class=\"land\" stroke-width=\"")
                .append(plan.world ? "0.6" : "1")
                .append("\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">");
        List<CountryLabels.Drawn> drawn = new ArrayList<>();
        for (CountryOutline country : plan.outlines.countries()) {
            List<long[]> rings = plan.labels ? new ArrayList<>() : null;
            String d = paths.pathOf(country, rings);
            if (d.isEmpty()) {
                continue;
            }
            svg.append("<path");
            if (plan.focus != null && plan.focus.equals(country.alpha2())) {
                svg.append(" class=\"focus\"");
            }
            svg.append(" d=\"").append(d).append("\"/>");
            if (rings != null) {
                drawn.add(new CountryLabels.Drawn(country.name(), rings));
            }
        }
        svg.append("</g>");
        List<CountryLabels.Label> labels =
                plan.labels ? CountryLabels.place(drawn, MapFrame.WIDTH, frame.height()) : List.of();
        if (!labels.isEmpty()) {
            svg.append("<g class=\"names\" font-family=\"sans-serif\" text-anchor=\"middle\" stroke-width=\"3\"")
                    .append(" stroke-linejoin=\"round\" paint-order=\"stroke\" letter-spacing=\"0.5\">");
            for (CountryLabels.Label label : labels) {
                svg.append("<text x=\"");
                SvgMarkup.appendDecimal(svg, label.x()).append("\" y=\"");
                SvgMarkup.appendDecimal(svg, label.y() + label.fontSize() * 0.35)
                        .append("\" font-size=\"");
                SvgMarkup.appendDecimal(svg, label.fontSize()).append("\">");
                SvgMarkup.appendEscaped(svg, label.name()).append("</text>");
            }
            svg.append("</g>");
        }
        return new Drawing(svg.append("</svg>\n").toString(), labels);
    }
}
