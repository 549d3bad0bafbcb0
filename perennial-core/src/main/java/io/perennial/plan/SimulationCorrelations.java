package io.perennial.plan;

import io.perennial.basics.Problem;
import io.perennial.basics.linalg.Cholesky;
import io.perennial.basics.linalg.PsdRepair;
import io.perennial.domain.AssetClass;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.InflationRisk;
import io.perennial.project.ParametricMonteCarlo;
import java.util.ArrayList;
import java.util.List;

/**
 * The asset correlations the plan's simulation draws from, made ready for it: the dense matrix
 * of the assets held, repaired when it has no Cholesky factor, or, for many assets, their
 * classes' factors. Each repair leaves a note in the problems. Stateless.
 */
final class SimulationCorrelations {

  private SimulationCorrelations() {}

  /**
   * Draws many assets through their classes' factors (the same correlations as
   * {@link HoldingsAnalyzer#assetCorrelations}: {@link HoldingsAnalyzer#WITHIN_CLASS_CORRELATION}
   * within a class, the class correlation across), at O(classes²) a year instead of O(assets²).
   * The class matrix with that within-class diagonal is repaired when it is not positive
   * semidefinite (which is what makes the dense matrix of many assets of one class indefinite);
   * the repair keeps the class structure, whatever the number of assets per class.
   */
  static void classFactors(ParametricMonteCarlo.Builder source, AssetClass[] classes, CapitalMarketAssumptions assumptions,
      List<Problem> problems) {
    List<AssetClass> distinct = new ArrayList<>();
    int[] groupOf = new int[classes.length];
    int[] members = new int[classes.length];
    for (int i = 0; i < classes.length; i++) {
      int g = distinct.indexOf(classes[i]);
      if (g < 0) {
        g = distinct.size();
        distinct.add(classes[i]);
      }
      groupOf[i] = g;
      members[g]++;
    }
    int g = distinct.size();
    double[][] b = new double[g][g];
    for (int p = 0; p < g; p++) {
      for (int q = 0; q < g; q++) {
        // A class of one asset has no within-class pair: its diagonal is free, and 1 leaves the most room.
        b[p][q] = p != q ? assumptions.correlation(distinct.get(p), distinct.get(q))
            : members[p] > 1 ? HoldingsAnalyzer.WITHIN_CLASS_CORRELATION : 1.0;
      }
    }
    PsdRepair repair = PsdRepair.spectral(b);
    if (repair.repaired()) {
      double[][] fixed = repair.matrix();
      double[] scale = new double[g];
      for (int p = 0; p < g; p++) {
        scale[p] = fixed[p][p] > 1.0 ? 1.0 / Math.sqrt(fixed[p][p]) : 1.0;
      }
      for (int p = 0; p < g; p++) {
        for (int q = 0; q < g; q++) {
          b[p][q] = Math.max(-1.0, Math.min(1.0, fixed[p][q] * scale[p] * scale[q]));
        }
      }
      for (int p = 0; p < g; p++) {
        for (int q = 0; q < p; q++) {
          b[p][q] = b[q][p];
        }
      }
      problems.add(Problem.of("projection", "the correlations of the asset classes (with "
          + HoldingsAnalyzer.WITHIN_CLASS_CORRELATION + " between two assets of one class) were not positive semidefinite"
          + " and were repaired for the simulation (" + repair.describe() + ")", ""));
    }
    source.factors(groupOf, b);
  }

  /**
   * The correlation of the inflation shock with each asset's shock ({@link InflationRisk}, by the
   * asset's class), made to fit {@code correlation} (the assets' matrix, already simulable): when
   * the matrix bordered by these correlations has no Cholesky factor they are halved until it has
   * (with a note), which keeps their signs and proportions.
   */
  static double[] inflation(AssetClass[] classes, double[][] correlation, List<Problem> problems) {
    int n = classes.length;
    double[] rho = new double[n];
    for (int i = 0; i < n; i++) {
      rho[i] = InflationRisk.correlation(classes[i]);
    }
    double scale = 1.0;
    for (int round = 0; round < 30; round++) {
      double[][] full = new double[n + 1][n + 1];
      for (int i = 0; i < n; i++) {
        System.arraycopy(correlation[i], 0, full[i], 0, n);
        full[i][n] = scale * rho[i];
        full[n][i] = scale * rho[i];
      }
      full[n][n] = 1.0;
      if (Cholesky.succeeds(full, 0.0)) {
        if (scale < 1.0) {
          problems.add(Problem.of("projection", "the correlations of inflation with the assets held did not fit their "
              + "correlations and were scaled by " + scale + " for the simulation", ""));
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
          out[i] = scale * rho[i];
        }
        return out;
      }
      scale /= 2.0;
    }
    problems.add(Problem.of("projection", "inflation is simulated independently of the assets' returns: its "
        + "correlations did not fit the assets' correlations", ""));
    return new double[n];
  }

  /**
   * The asset correlations ready for a Cholesky factor: as they are when positive definite;
   * otherwise repaired to the nearest positive semi-definite correlation matrix and, if still
   * singular, shrunk by one part in a million toward the identity (with a note).
   */
  static double[][] simulable(double[][] correlation, List<Problem> problems) {
    if (Cholesky.succeeds(correlation, 0.0)) {
      return correlation;
    }
    int n = correlation.length;
    PsdRepair repair = PsdRepair.spectral(correlation);
    double[][] fixed = repair.matrix();
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      scale[i] = fixed[i][i] > 0.0 ? 1.0 / Math.sqrt(fixed[i][i]) : 0.0;
    }
    double shrink = 1e-6;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double value = i == j ? 1.0 : fixed[i][j] * scale[i] * scale[j] * (1.0 - shrink);
        fixed[i][j] = Math.max(-1.0, Math.min(1.0, value));
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        fixed[i][j] = fixed[j][i];
      }
    }
    problems.add(Problem.of("projection", "the correlations of the assets held were not positive definite and were "
        + "repaired for the simulation (" + repair.describe() + ")", ""));
    return fixed;
  }
}
