package io.perennial.html;

import static io.perennial.html.Html.c;
import static io.perennial.html.Html.data;
import static io.perennial.html.Html.esc;

import io.perennial.html.ChartData.Band;
import io.perennial.html.ChartData.BarChart;
import io.perennial.html.ChartData.FanChart;
import io.perennial.html.ChartData.HeatMap;
import io.perennial.html.ChartData.Series;
import io.perennial.html.ChartData.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * A small SVG writer for the report's charts: inline SVG with a {@code <title>}, an {@code
 * aria-label}, axis labels with units and a legend, in the Okabe-Ito colour-blind-safe palette.
 * Every drawn number also sits in a {@code data-*} attribute so a test can read it back.
 */
final class Svg {

  /** Okabe-Ito (2008): orange, sky blue, bluish green, blue, vermillion, reddish purple, yellow, black. */
  static final String[] PALETTE = {"#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000"};

  static final int WIDTH = 720;

  private Svg() {}

  static String bars(BarChart chart) {
    int left = 200;
    int right = 90;
    int top = 56;
    int barH = 13;
    int gap = 10;
    int groupH = chart.series().size() * barH + gap;
    int plotH = Math.max(groupH * chart.categories().size(), 20);
    int height = top + plotH + 50;
    double max = 0;
    double min = 0;
    for (Series s : chart.series()) {
      for (double v : s.values()) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    double[] ticks = ticks(min, max);
    double lo = ticks[0];
    double hi = ticks[ticks.length - 1];
    int plotW = WIDTH - left - right;
    StringBuilder b = open(chart.id(), chart.title(), height);
    legend(b, chart.series().stream().map(Series::label).toList(), left, 38);
    axisX(b, ticks, lo, hi, left, plotW, top, plotH, chart.valueAxis(), chart.unit());
    for (int i = 0; i < chart.categories().size(); i++) {
      double y0 = top + i * groupH + gap / 2.0;
      b.append("<text class=\"cat\" x=\"").append(left - 6).append("\" y=\"").append(c(y0 + groupH / 2.0 - gap / 2.0 + 4))
          .append("\" text-anchor=\"end\">").append(esc(shorten(chart.categories().get(i), 26))).append("</text>\n");
      for (int s = 0; s < chart.series().size(); s++) {
        double v = chart.series().get(s).values().get(i);
        double x0 = scale(Math.min(0, v), lo, hi, left, plotW);
        double x1 = scale(Math.max(0, v), lo, hi, left, plotW);
        double y = y0 + s * barH;
        b.append("<rect x=\"").append(c(x0)).append("\" y=\"").append(c(y)).append("\" width=\"").append(c(Math.max(x1 - x0, 0.5)))
            .append("\" height=\"").append(barH - 2).append("\" fill=\"").append(PALETTE[s % PALETTE.length])
            .append("\" data-series=\"").append(esc(chart.series().get(s).label())).append("\" data-category=\"")
            .append(esc(chart.categories().get(i))).append("\" data-value=\"").append(data(v)).append("\"><title>")
            .append(esc(chart.series().get(s).label() + ", " + chart.categories().get(i) + ": " + Html.format(v, chart.unit())))
            .append("</title></rect>\n");
        b.append("<text class=\"val\" x=\"").append(c(x1 + 4)).append("\" y=\"").append(c(y + barH - 3)).append("\">")
            .append(esc(Html.format(v, chart.unit()))).append("</text>\n");
      }
    }
    return b.append("</svg>\n").toString();
  }

  static String fan(FanChart chart) {
    int left = 90;
    int right = 30;
    int top = 56;
    int plotH = 240;
    int height = top + plotH + 56;
    int plotW = WIDTH - left - right;
    double max = 0;
    double min = Double.MAX_VALUE;
    for (Band band : chart.bands()) {
      max = Math.max(max, band.p95());
      min = Math.min(min, band.p5());
    }
    double[] yt = ticks(Math.min(0, min), max);
    double lo = yt[0];
    double hi = yt[yt.length - 1];
    int first = chart.bands().get(0).year();
    int last = chart.bands().get(chart.bands().size() - 1).year();
    StringBuilder b = open(chart.id(), chart.title(), height);
    legend(b, List.of("5th–95th percentile", "25th–75th percentile", "median"), left, 38, new String[] {"#B9DDF2", "#56B4E9", "#0072B2"});
    // y axis
    for (double t : yt) {
      double y = top + plotH - (t - lo) / (hi - lo) * plotH;
      b.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"").append(c(y))
          .append("\" y2=\"").append(c(y)).append("\"/>\n");
      b.append("<text class=\"tick\" x=\"").append(left - 6).append("\" y=\"").append(c(y + 4)).append("\" text-anchor=\"end\">")
          .append(esc(tickLabel(t, chart.unit()))).append("</text>\n");
    }
    b.append("<text class=\"axis\" transform=\"translate(16,").append(top + plotH / 2).append(") rotate(-90)\" text-anchor=\"middle\">")
        .append(esc(chart.valueAxis())).append("</text>\n");
    // x axis
    int step = last - first > 20 ? 5 : last - first > 8 ? 2 : 1;
    for (int year = first; year <= last; year++) {
      if ((year - first) % step != 0 && year != last) {
        continue;
      }
      double x = xOf(year, first, last, left, plotW);
      b.append("<line class=\"tickmark\" x1=\"").append(c(x)).append("\" x2=\"").append(c(x)).append("\" y1=\"").append(top + plotH)
          .append("\" y2=\"").append(top + plotH + 4).append("\"/>\n");
      b.append("<text class=\"tick\" x=\"").append(c(x)).append("\" y=\"").append(top + plotH + 18).append("\" text-anchor=\"middle\">")
          .append(year).append("</text>\n");
    }
    b.append("<text class=\"axis\" x=\"").append(left + plotW / 2).append("\" y=\"").append(top + plotH + 44)
        .append("\" text-anchor=\"middle\">year</text>\n");
    b.append("<line class=\"frame\" x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"").append(top + plotH)
        .append("\" y2=\"").append(top + plotH).append("\"/>\n");
    band(b, chart.bands(), true, first, last, left, plotW, top, plotH, lo, hi, "#B9DDF2");
    band(b, chart.bands(), false, first, last, left, plotW, top, plotH, lo, hi, "#56B4E9");
    StringBuilder line = new StringBuilder();
    for (Band band : chart.bands()) {
      line.append(line.length() == 0 ? "M" : " L").append(c(xOf(band.year(), first, last, left, plotW))).append(' ')
          .append(c(yOf(band.p50(), lo, hi, top, plotH)));
    }
    b.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2\"/>\n");
    for (Band band : chart.bands()) {
      b.append("<circle r=\"2\" fill=\"#0072B2\" cx=\"").append(c(xOf(band.year(), first, last, left, plotW))).append("\" cy=\"")
          .append(c(yOf(band.p50(), lo, hi, top, plotH))).append("\" data-year=\"").append(band.year()).append("\" data-p5=\"")
          .append(data(band.p5())).append("\" data-p25=\"").append(data(band.p25())).append("\" data-p50=\"").append(data(band.p50()))
          .append("\" data-p75=\"").append(data(band.p75())).append("\" data-p95=\"").append(data(band.p95())).append("\"><title>")
          .append(band.year()).append(": median ").append(esc(Html.format(band.p50(), chart.unit()))).append(", 5th–95th ")
          .append(esc(Html.format(band.p5(), chart.unit()))).append("–").append(esc(Html.format(band.p95(), chart.unit())))
          .append("</title></circle>\n");
    }
    return b.append("</svg>\n").toString();
  }

  static String heat(HeatMap map) {
    int left = 200;
    int top = 80;
    int cellH = 24;
    int cellW = Math.min(150, (WIDTH - left - 20) / Math.max(map.columns().size(), 1));
    int height = top + cellH * map.rows().size() + 40;
    double max = 0;
    for (List<Double> row : map.cells()) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          max = Math.max(max, v);
        }
      }
    }
    StringBuilder b = open(map.id(), map.title(), height);
    for (int j = 0; j < map.columns().size(); j++) {
      b.append("<text class=\"cat\" x=\"").append(left + j * cellW + cellW / 2).append("\" y=\"").append(top - 8)
          .append("\" text-anchor=\"middle\">").append(esc(shorten(map.columns().get(j), 22))).append("</text>\n");
    }
    for (int i = 0; i < map.rows().size(); i++) {
      int y = top + i * cellH;
      b.append("<text class=\"cat\" x=\"").append(left - 6).append("\" y=\"").append(y + cellH / 2 + 4).append("\" text-anchor=\"end\">")
          .append(esc(shorten(map.rows().get(i), 26))).append("</text>\n");
      for (int j = 0; j < map.columns().size(); j++) {
        double v = map.cells().get(i).get(j);
        double t = Double.isNaN(v) || max == 0 ? 0 : v / max;
        String fill = Double.isNaN(v) ? "#f2f2f2" : blend(t);
        b.append("<rect x=\"").append(left + j * cellW).append("\" y=\"").append(y).append("\" width=\"").append(cellW - 2)
            .append("\" height=\"").append(cellH - 2).append("\" fill=\"").append(fill).append("\" data-row=\"")
            .append(esc(map.rows().get(i))).append("\" data-column=\"").append(esc(map.columns().get(j))).append("\" data-value=\"")
            .append(Double.isNaN(v) ? "" : data(v)).append("\"><title>").append(esc(map.rows().get(i) + " in " + map.columns().get(j)
                + ": " + (Double.isNaN(v) ? "not allowed" : Html.format(v, map.unit())))).append("</title></rect>\n");
        b.append("<text class=\"cell\" x=\"").append(left + j * cellW + cellW / 2 - 1).append("\" y=\"").append(y + cellH / 2 + 3)
            .append("\" text-anchor=\"middle\" fill=\"").append(t > 0.55 ? "#ffffff" : "#000000").append("\">")
            .append(Double.isNaN(v) ? "–" : v == 0 ? "·" : esc(Html.format(v, map.unit()))).append("</text>\n");
      }
    }
    b.append("<text class=\"axis\" x=\"").append(left).append("\" y=\"").append(height - 12)
        .append("\">darker = more value (").append(esc(map.unit().symbol())).append("); · none held; – not allowed</text>\n");
    b.append("<text class=\"axis\" x=\"").append(left).append("\" y=\"40\">accounts →</text>\n");
    return b.append("</svg>\n").toString();
  }

  private static StringBuilder open(String id, String title, int height) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<svg id=\"").append(esc(id)).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" aria-label=\"").append(esc(title)).append("\">\n<title>").append(esc(title)).append("</title>\n");
    b.append("<text class=\"title\" x=\"8\" y=\"20\">").append(esc(title)).append("</text>\n");
    return b;
  }

  private static void legend(StringBuilder b, List<String> labels, int x, int y) {
    legend(b, labels, x, y, PALETTE);
  }

  private static void legend(StringBuilder b, List<String> labels, int x, int y, String[] colours) {
    double at = x;
    b.append("<g class=\"legend\">\n");
    for (int i = 0; i < labels.size(); i++) {
      b.append("<rect x=\"").append(c(at)).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colours[i % colours.length]).append("\"/>");
      b.append("<text x=\"").append(c(at + 16)).append("\" y=\"").append(y).append("\">").append(esc(labels.get(i))).append("</text>\n");
      at += 16 + 7.0 * labels.get(i).length() + 18;
    }
    b.append("</g>\n");
  }

  private static void axisX(StringBuilder b, double[] ticks, double lo, double hi, int left, int plotW, int top, int plotH,
      String label, Unit unit) {
    for (double t : ticks) {
      double x = scale(t, lo, hi, left, plotW);
      b.append("<line class=\"grid\" x1=\"").append(c(x)).append("\" x2=\"").append(c(x)).append("\" y1=\"").append(top)
          .append("\" y2=\"").append(top + plotH).append("\"/>\n");
      b.append("<text class=\"tick\" x=\"").append(c(x)).append("\" y=\"").append(top + plotH + 16).append("\" text-anchor=\"middle\">")
          .append(esc(tickLabel(t, unit))).append("</text>\n");
    }
    b.append("<text class=\"axis\" x=\"").append(left + plotW / 2).append("\" y=\"").append(top + plotH + 40)
        .append("\" text-anchor=\"middle\">").append(esc(label)).append("</text>\n");
  }

  private static void band(StringBuilder b, List<Band> bands, boolean outer, int first, int last, int left, int plotW, int top,
      int plotH, double lo, double hi, String fill) {
    StringBuilder d = new StringBuilder();
    for (Band band : bands) {
      d.append(d.length() == 0 ? "M" : " L").append(c(xOf(band.year(), first, last, left, plotW))).append(' ')
          .append(c(yOf(outer ? band.p95() : band.p75(), lo, hi, top, plotH)));
    }
    for (int i = bands.size() - 1; i >= 0; i--) {
      Band band = bands.get(i);
      d.append(" L").append(c(xOf(band.year(), first, last, left, plotW))).append(' ')
          .append(c(yOf(outer ? band.p5() : band.p25(), lo, hi, top, plotH)));
    }
    b.append("<path d=\"").append(d).append(" Z\" fill=\"").append(fill).append("\" stroke=\"none\"/>\n");
  }

  private static double xOf(int year, int first, int last, int left, int plotW) {
    return last == first ? left + plotW / 2.0 : left + (year - first) / (double) (last - first) * plotW;
  }

  private static double yOf(double v, double lo, double hi, int top, int plotH) {
    return top + plotH - (v - lo) / (hi - lo) * plotH;
  }

  private static double scale(double v, double lo, double hi, int left, int plotW) {
    return left + (v - lo) / (hi - lo) * plotW;
  }

  /** Round tick values (1, 2 or 5 × a power of ten) covering [min, max], four to eight of them. */
  static double[] ticks(double min, double max) {
    if (max <= min) {
      max = min + 1;
    }
    double raw = (max - min) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
    double lo = Math.floor(min / step) * step;
    double hi = Math.ceil(max / step) * step;
    List<Double> out = new ArrayList<>();
    for (double t = lo; t <= hi + step / 2; t += step) {
      out.add(Math.abs(t) < step / 1e6 ? 0 : t);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String tickLabel(double t, Unit unit) {
    if (unit == Unit.PERCENT) {
      return Html.percent(t);
    }
    double a = Math.abs(t);
    if (a >= 1_000_000) {
      return (t < 0 ? "\u2212" : "") + "$" + trim(a / 1_000_000) + "M";
    }
    if (a >= 1_000) {
      return (t < 0 ? "\u2212" : "") + "$" + trim(a / 1_000) + "k";
    }
    return Html.dollars(t);
  }

  private static String trim(double v) {
    return Html.data(Math.round(v * 10) / 10.0);
  }

  /** White to Okabe-Ito blue (#0072B2): a one-hue sequential scale, safe for colour-blind readers. */
  private static String blend(double t) {
    int r = (int) Math.round(255 + (0x00 - 255) * t);
    int g = (int) Math.round(255 + (0x72 - 255) * t);
    int bl = (int) Math.round(255 + (0xB2 - 255) * t);
    return String.format("#%02x%02x%02x", r, g, bl);
  }

  private static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
