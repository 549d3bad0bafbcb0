package io.perennial.cli;

import io.perennial.project.ProjectionModel;
import io.perennial.project.ReturnSource;
import java.util.Map;

/**
 * What {@code perennial project} is asked to run: the projection model, the source of its return
 * sequences (historical, bootstrap or Monte Carlo, with their seed), and what the report says of
 * them: the source's kind ({@code historical}, {@code bootstrap}, {@code monte-carlo}), the window
 * of years {@code from}–{@code to}, the mix's weights (fractions summing to 1), the first year's
 * spending in money and the inflation column (null when the table has none).
 */
record ProjectRequest(ProjectionModel model, ReturnSource source, String kind, int from, int to, Map<String, Double> weights,
    double firstYearSpending, String inflation) {}
