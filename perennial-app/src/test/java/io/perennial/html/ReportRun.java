package io.perennial.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perennial.cli.Main;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plan run twice in-process: {@code plan --json} (the document) and {@code report} (the page). */
record ReportRun(JsonNode doc, String html, Path file) {

  static final Path EXAMPLES = SharedData.repositoryRoot().resolve("examples");

  static ReportRun of(Path plan, Path outDir) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "plan", plan.toString(), "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode doc = new ObjectMapper().readTree(out.toString());
    String stem = plan.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    Path html = outDir.resolve(stem + "-report.html");
    StringWriter rout = new StringWriter();
    StringWriter rerr = new StringWriter();
    code = Main.execute(new PrintWriter(rout, true), new PrintWriter(rerr, true), "report", plan.toString(), "-o", html.toString());
    assertThat(code).as(rerr.toString()).isZero();
    return new ReportRun(doc, Files.readString(html, StandardCharsets.UTF_8), html);
  }
}
