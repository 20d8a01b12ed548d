package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CostDataPoint;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A self-contained SVG line chart of spend per bucket, one line per model, in US dollars, with
 * labelled axes in UTC. A range such as "the last 30 days" starts and ends part-way through a day:
 * those two partial buckets are drawn dashed (and said so under the axis), so that the lines do
 * not seem to ramp up from or down to zero.
 */
final class SvgChart {
  private static final String[] COLOURS = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"
  };
  private static final int WIDTH = 760;
  private static final int HEIGHT = 380;
  private static final int LEFT = 70;
  private static final int RIGHT = 190;
  private static final int TOP = 40;
  private static final int BOTTOM = 64;
  private static final String PARTIAL_DASH = "4 3";

  private SvgChart() {}

  /** Writes the chart of the series (model name to cost series in cents), in the map's order. */
  static void write(Path file, String title, Map<String, CostAnalytics> seriesByModel)
      throws IOException {
    Files.writeString(file, render(title, seriesByModel), StandardCharsets.UTF_8);
  }

  static String render(String title, Map<String, CostAnalytics> seriesByModel) {
    TreeSet<Instant> times = new TreeSet<>();
    double max = 0;
    for (CostAnalytics series : seriesByModel.values()) {
      for (CostDataPoint point : series.dataPoints()) {
        times.add(point.timestamp());
        max = Math.max(max, point.totalDollars().doubleValue());
      }
    }
    List<Instant> axis = new ArrayList<>(times);
    double top = niceCeiling(max);
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;

    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("  <title>").append(escape(title)).append("</title>\n")
        .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append("  <text x=\"").append(LEFT).append("\" y=\"24\" font-size=\"15\">")
        .append(escape(title)).append("</text>\n");
    boolean partialEnds = axis.size() > 2;
    svg.append(String.format(Locale.ROOT, "  <text x=\"16\" y=\"%d\" text-anchor=\"middle\" "
        + "transform=\"rotate(-90 16 %d)\">US dollars per bucket</text>%n",
        TOP + plotHeight / 2, TOP + plotHeight / 2));
    svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s"
        + "</text>%n", LEFT + plotWidth / 2, HEIGHT - 12, escape((Text.daily(axis) ? "Day" : "Hour")
        + " (UTC)" + (partialEnds ? "; first and last partial, dashed" : ""))));
    for (int i = 0; i <= 4; i++) {
      double value = top * i / 4;
      double y = TOP + plotHeight - plotHeight * i / 4.0;
      svg.append(String.format(Locale.ROOT,
          "  <line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n",
          LEFT, y, LEFT + plotWidth, y));
      svg.append(String.format(Locale.ROOT,
          "  <text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4,
          escape(Text.dollars(BigDecimal.valueOf(value)))));
    }
    if (!axis.isEmpty()) {
      boolean daily = Text.daily(axis);
      int[] labelled = {0, axis.size() / 2, axis.size() - 1};
      for (int index : labelled) {
        svg.append(String.format(Locale.ROOT,
            "  <text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
            x(index, axis.size(), plotWidth), HEIGHT - BOTTOM + 18,
            escape(Text.bucket(axis.get(index), daily)
                + (partialEnds && (index == 0 || index == axis.size() - 1) ? " (partial)" : ""))));
      }
    }
    int line = 0;
    for (Map.Entry<String, CostAnalytics> entry : seriesByModel.entrySet()) {
      String colour = COLOURS[line % COLOURS.length];
      List<String> points = new ArrayList<>();
      for (CostDataPoint point : entry.getValue().dataPoints()) {
        double dollars = point.totalDollars().doubleValue();
        double y = TOP + plotHeight - (top == 0 ? 0 : dollars / top * plotHeight);
        points.add(String.format(Locale.ROOT, "%.1f,%.1f",
            x(axis.indexOf(point.timestamp()), axis.size(), plotWidth), y));
      }
      if (partialEnds && points.size() > 2) {
        polyline(svg, colour, points.subList(1, points.size() - 1), null);
        polyline(svg, colour, points.subList(0, 2), PARTIAL_DASH);
        polyline(svg, colour, points.subList(points.size() - 2, points.size()), PARTIAL_DASH);
      } else {
        polyline(svg, colour, points, null);
      }
      int legendY = TOP + 10 + 20 * line;
      svg.append(String.format(Locale.ROOT,
          "  <rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
          WIDTH - RIGHT + 20, legendY - 10, colour));
      svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\">%s</text>%n",
          WIDTH - RIGHT + 38, legendY, escape(entry.getKey())));
      line++;
    }
    svg.append(String.format(Locale.ROOT,
        "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>%n",
        LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight));
    return svg.append("</svg>\n").toString();
  }

  private static void polyline(StringBuilder svg, String colour, List<String> points,
      @Nullable String dash) {
    svg.append("  <polyline fill=\"none\" stroke=\"").append(colour)
        .append("\" stroke-width=\"2\"")
        .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\" class=\"partial\"")
        .append(" points=\"").append(String.join(" ", points)).append("\"/>\n");
  }

  private static double x(int index, int count, int plotWidth) {
    return LEFT + (count <= 1 ? plotWidth / 2.0 : plotWidth * index / (double) (count - 1));
  }

  /** 1, 2 or 5 times a power of ten, at least {@code value}. */
  private static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
