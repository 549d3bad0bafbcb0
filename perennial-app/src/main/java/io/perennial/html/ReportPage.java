package io.perennial.html;

import static io.perennial.html.Html.esc;

import io.perennial.html.Page.Bars;
import io.perennial.html.Page.Block;
import io.perennial.html.Page.Fan;
import io.perennial.html.Page.Figure;
import io.perennial.html.Page.Heat;
import io.perennial.html.Page.Paragraph;
import io.perennial.html.Page.Section;
import io.perennial.html.Page.Table;

/**
 * Writes a {@link Page} as one self-contained HTML file: the style sheet inline (a screen and a
 * print one), charts as inline SVG, no script, no font, nothing fetched from anywhere.
 */
public final class ReportPage {

  private ReportPage() {}

  static final String CSS = """
      :root { --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --accent: #0072B2; }
      * { box-sizing: border-box; }
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
             max-width: 780px; margin: 0 auto; padding: 24px 16px 48px; line-height: 1.45; font-size: 15px; }
      h1 { font-size: 1.6em; margin: 0 0 4px; }
      .subtitle { color: var(--muted); margin: 0 0 20px; }
      .headline { border-left: 5px solid var(--accent); background: #eef6fb; padding: 12px 16px; margin: 0 0 20px; }
      .headline p { margin: 4px 0; }
      .headline .what { font-size: 1.2em; font-weight: 600; }
      dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 0 0 24px; }
      dl.figures div { border: 1px solid var(--rule); border-radius: 4px; padding: 8px 10px; }
      dl.figures dt { color: var(--muted); font-size: 0.85em; }
      dl.figures dd { margin: 2px 0 0; font-size: 1.25em; font-weight: 600; text-align: right; font-variant-numeric: tabular-nums; }
      dl.figures .note { display: block; font-size: 0.7em; font-weight: 400; color: var(--muted); }
      details { border-top: 1px solid var(--rule); padding: 6px 0; }
      summary { cursor: pointer; font-size: 1.15em; font-weight: 600; padding: 6px 0; }
      table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.9em; }
      caption { text-align: left; font-weight: 600; padding: 4px 0; }
      th, td { border-bottom: 1px solid var(--rule); padding: 3px 6px; text-align: left; vertical-align: top; }
      th { background: #f5f5f5; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      th.num { white-space: normal; }
      table { display: block; overflow-x: auto; }
      @media print { table { display: table; overflow: visible; } }
      svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0 18px; font-size: 12px; }
      svg .title { font-size: 15px; font-weight: 600; }
      svg .grid { stroke: #e3e3e3; }
      svg .frame, svg .tickmark { stroke: #666; }
      svg .tick, svg .val { fill: #333; font-size: 11px; }
      svg .axis { fill: #333; font-size: 12px; }
      svg .cell { font-size: 11px; }
      footer { color: var(--muted); font-size: 0.8em; margin-top: 32px; }
      @media print {
        body { max-width: none; padding: 0; font-size: 10.5pt; }
        details { page-break-before: always; break-before: page; border: none; }
        details > summary { list-style: none; }
        details > summary::-webkit-details-marker { display: none; }
        table { page-break-inside: auto; }
        tr, svg.chart { page-break-inside: avoid; break-inside: avoid; }
        thead { display: table-header-group; }
        td, th { overflow: visible; white-space: normal; }
        .num { white-space: nowrap; }
      }
      @page { size: A4; margin: 14mm; }
      """;

  /** The whole HTML document. */
  public static String render(Page page) {
    StringBuilder b = new StringBuilder(200_000);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>").append(esc(page.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    b.append("<header>\n<h1>").append(esc(page.title())).append("</h1>\n<p class=\"subtitle\">").append(esc(page.subtitle()))
        .append("</p>\n</header>\n");
    b.append("<section class=\"headline\" id=\"headline\">\n<p class=\"what\">").append(esc(page.headline())).append("</p>\n");
    for (String line : page.headlineDetails()) {
      b.append("<p>").append(esc(line)).append("</p>\n");
    }
    b.append("</section>\n<dl class=\"figures\" id=\"key-figures\">\n");
    for (Figure f : page.keyFigures()) {
      b.append("<div><dt>").append(esc(f.label())).append("</dt><dd id=\"fig-").append(esc(f.id())).append("\" data-value=\"")
          .append(Html.data(f.value())).append("\">").append(esc(Html.format(f.value(), f.unit())));
      if (f.note() != null && !f.note().isEmpty()) {
        b.append("<span class=\"note\">").append(esc(f.note())).append("</span>");
      }
      b.append("</dd></div>\n");
    }
    b.append("</dl>\n");
    for (Section s : page.sections()) {
      b.append("<details id=\"").append(esc(s.id())).append("\">\n<summary>").append(esc(s.title())).append("</summary>\n");
      for (Block block : s.blocks()) {
        block(b, block);
      }
      b.append("</details>\n");
    }
    b.append("<footer>Written by perennial report. Figures are estimates from the plan file and the stated assumptions, "
        + "not advice.</footer>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void block(StringBuilder b, Block block) {
    if (block instanceof Paragraph p) {
      b.append("<p>").append(esc(p.text())).append("</p>\n");
    } else if (block instanceof Bars bars) {
      b.append(Svg.bars(bars.chart()));
    } else if (block instanceof Fan fan) {
      b.append(Svg.fan(fan.chart()));
    } else if (block instanceof Heat heat) {
      b.append(Svg.heat(heat.map()));
    } else if (block instanceof Table t) {
      table(b, t);
    }
  }

  private static void table(StringBuilder b, Table t) {
    b.append("<table>\n");
    if (t.caption() != null) {
      b.append("<caption>").append(esc(t.caption())).append("</caption>\n");
    }
    b.append("<thead><tr>");
    for (int i = 0; i < t.headers().size(); i++) {
      b.append(t.numeric().get(i) ? "<th class=\"num\">" : "<th>").append(esc(t.headers().get(i))).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (var row : t.rows()) {
      b.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        boolean num = i < t.numeric().size() && t.numeric().get(i);
        b.append(num ? "<td class=\"num\">" : "<td>").append(esc(row.get(i))).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }
}
