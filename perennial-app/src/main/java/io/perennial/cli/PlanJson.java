package io.perennial.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perennial.plan.PlanResult;
import io.perennial.report.AdviceView;

/**
 * The {@code plan --json} document, which the HTML report reads too: the answer first
 * ({@code advice}: {@link AdviceView}, absent without a recommendation), then the plan's sections
 * in {@link PlanResult}'s order.
 */
final class PlanJson {

  private PlanJson() {}

  static ObjectNode document(PlanResult report) {
    ObjectNode sections = Json.mapper().valueToTree(report);
    ObjectNode document = Json.mapper().createObjectNode();
    AdviceView advice = AdviceView.of(report);
    if (advice != null) {
      document.set("advice", Json.mapper().valueToTree(advice));
    }
    document.setAll(sections);
    return document;
  }
}
