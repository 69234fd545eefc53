package org.broadsheet.render;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.broadsheet.render.map.SvgMarkup;

/**
 * The timeline's bar charts, as inline SVG that needs no script: events per year across the
 * archive, and events per month of one year. Every bar with events is a link (to the year's page,
 * or to the month on it) named for assistive technology ("November 2017: 12 events") and showing its
 * count above the bar. The theme colours the bars ({@code .chart rect}), the counts
 * ({@code .chart a text}) and the axis ({@code .chart-axis}, {@code .chart text}).
 */
final class TimelineChart {
    private static final int WIDTH = 1000;
    private static final int YEARS_HEIGHT = 240;
    private static final int MONTHS_HEIGHT = 150;
    private static final int TOP = 28;
    private static final int BOTTOM = 30;
    private static final int[] LABEL_STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000};

    private TimelineChart() {}

    /** A year of the chart: its events, and its page (null when there are none). */
    record YearBar(int year, int count, String href) {}

    /** A month of a year's chart: its events, and where on the year's pages they start (null when none). */
    record MonthBar(int month, int count, String href) {}

    /** Every year from the first to the last, a bar each, so that gaps in time show as gaps. */
    static String years(List<YearBar> years) {
        StringBuilder svg = open("chart chart-years", YEARS_HEIGHT, "Events by year");
        int max = years.stream().mapToInt(YearBar::count).max().orElse(1);
        double slot = (double) WIDTH / years.size();
        int step = labelStep(years.size());
        boolean counts = years.size() <= 30;
        for (int i = 0; i < years.size(); i++) {
            YearBar y = years.get(i);
            double x = i * slot;
            if (y.count() > 0) {
                bar(
                        svg,
                        y.href(),
                        y.year() + ": " + events(y.count()),
                        x,
                        slot,
                        y.count(),
                        max,
                        YEARS_HEIGHT,
                        counts ? String.valueOf(y.count()) : null);
            }
            if (y.year() % step == 0 || years.size() <= 12) {
                label(svg, x + slot / 2, YEARS_HEIGHT - 8, String.valueOf(y.year()));
            }
        }
        return close(svg);
    }

    /** The twelve months of a year; events known only by their year are left to the caption. */
    static String months(String year, List<MonthBar> months) {
        StringBuilder svg = open("chart chart-months", MONTHS_HEIGHT, "Events by month, " + year);
        int max = Math.max(1, months.stream().mapToInt(MonthBar::count).max().orElse(1));
        double slot = (double) WIDTH / 12;
        for (MonthBar m : months) {
            double x = (m.month() - 1) * slot;
            String name = Month.of(m.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (m.count() > 0) {
                bar(
                        svg,
                        m.href(),
                        name + " " + year + ": " + events(m.count()),
                        x,
                        slot,
                        m.count(),
                        max,
                        MONTHS_HEIGHT,
                        String.valueOf(m.count()));
            }
            label(
                    svg,
                    x + slot / 2,
                    MONTHS_HEIGHT - 8,
                    Month.of(m.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        return close(svg);
    }

    /** A month of a person's quotes chart. */
    record MonthCount(YearMonth month, int count) {}

    /**
     * A person's quotes by month, every month from the first to the last a slot, so gaps show; the bars are
     * named for assistive technology but are not links (the quotes are listed on the same page).
     */
    static String quotesByMonth(List<MonthCount> months) {
        String from = monthName(months.get(0).month());
        String to = monthName(months.get(months.size() - 1).month());
        StringBuilder svg = open("chart chart-quotes", MONTHS_HEIGHT, "Quotes by month, " + from + " to " + to);
        int max = Math.max(1, months.stream().mapToInt(MonthCount::count).max().orElse(1));
        double slot = (double) WIDTH / months.size();
        double lastLabel = -100;
        for (int i = 0; i < months.size(); i++) {
            MonthCount m = months.get(i);
            double x = i * slot;
            if (m.count() > 0) {
                String name = monthName(m.month()) + ": " + m.count() + (m.count() == 1 ? " quote" : " quotes");
                bar(
                        svg,
                        null,
                        name,
                        x,
                        slot,
                        m.count(),
                        max,
                        MONTHS_HEIGHT,
                        months.size() <= 24 ? String.valueOf(m.count()) : null);
            }
            if ((i == 0 || m.month().getMonthValue() == 1) && x - lastLabel >= 60) {
                label(
                        svg,
                        x + Math.min(slot / 2, 30),
                        MONTHS_HEIGHT - 8,
                        String.valueOf(m.month().getYear()));
                lastLabel = x;
            }
        }
        return close(svg);
    }

    private static String monthName(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }

    static String events(int count) {
        return count + (count == 1 ? " event" : " events");
    }

    private static StringBuilder open(String classes, int height, String name) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
                .append(classes)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"group\" aria-label=\"");
        SvgMarkup.appendEscaped(svg, name).append("\">");
        svg.append("<line class=\"chart-axis\" x1=\"0\" x2=\"")
                .append(WIDTH)
                .append("\" y1=\"")
                .append(height - BOTTOM)
                .append("\" y2=\"")
                .append(height - BOTTOM)
                .append("\" stroke=\"#888888\"/>")
                .append("<g font-size=\"18\" text-anchor=\"middle\" fill=\"#1f4e8c\">");
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</g></svg>").toString();
    }

    private static void bar(
            StringBuilder svg,
            String href,
            String name,
            double x,
            double slot,
            int count,
            int max,
            int height,
            String countText) {
        double room = height - TOP - BOTTOM;
        double h = Math.max(2, room * count / max);
        double gap = Math.min(6, slot * 0.2);
        double top = height - BOTTOM - h;
        if (href == null) {
            svg.append("<g role=\"img\" aria-label=\"");
        } else {
            svg.append("<a href=\"");
            SvgMarkup.appendEscaped(svg, href).append("\" aria-label=\"");
        }
        SvgMarkup.appendEscaped(svg, name)
                .append("\"><rect x=\"")
                .append(number(x + gap / 2))
                .append("\" y=\"")
                .append(number(top))
                .append("\" width=\"")
                .append(number(slot - gap))
                .append("\" height=\"")
                .append(number(h))
                .append("\"/>");
        if (countText != null) {
            svg.append("<text x=\"")
                    .append(number(x + slot / 2))
                    .append("\" y=\"")
                    .append(number(top - 6))
                    .append("\">")
                    .append(countText)
                    .append("</text>");
        }
        svg.append(href == null ? "</g>" : "</a>");
    }

    private static void label(StringBuilder svg, double x, double y, String text) {
        svg.append("<text x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" aria-hidden=\"true\">");
        SvgMarkup.appendEscaped(svg, text).append("</text>");
    }

    /** The smallest step between year labels that leaves each label about 50 units. */
    private static int labelStep(int years) {
        for (int step : LABEL_STEPS) {
            if ((double) WIDTH / years * step >= 50) {
                return step;
            }
        }
        return LABEL_STEPS[LABEL_STEPS.length - 1];
    }

    private static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
