package io.perennial.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.linalg.Matrices;
import io.perennial.basics.linalg.PsdRepair;
import io.perennial.basics.linalg.SymmetricEigen;
import io.perennial.io.WidePriceCsv;
import io.perennial.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spectrum and the PSD repair of the 504-stock pairwise covariance (the matrix
 * {@code CovarianceBenchmark} times), against NumPy's {@code eigh} and against the full
 * decomposition (Householder + QL) the repair used before it needed only the negative eigenpairs.
 * Skipped when {@code ../shared} is absent.
 */
class Sp500CovarianceSpectrumTest {

  /** Each eigenvalue to this fraction of itself (the smallest in magnitude is 2.2e-4; ‖A‖ = 24.8). */
  private static final double RELATIVE = 1e-9;

  /**
   * NumPy 1.24.2 {@code np.linalg.eigh} (LAPACK dsyevd, OpenBLAS 0.3.21) of
   * {@code peers/covariance.py}'s {@code pairwise_cov}: the 20 smallest eigenvalues, ascending.
   */
  private static final double[] NUMPY_SMALLEST = {
      -1.3114246054991463e+00, -3.5395687676465720e-01, -1.9976267428687119e-01, -1.8203959173089543e-01,
      -1.4684365745899353e-01, -1.0373935770256637e-01, -7.1258969589927945e-02, -6.1711233954346439e-02,
      -5.5360926549013437e-02, -4.7200539695457018e-02, -4.1550573507686463e-02, -2.7317262469730711e-02,
      -2.0708433506799444e-02, -1.5761470507904864e-02, -1.4644185300294640e-02, -7.9487334448413768e-03,
      -5.9645545731023715e-03, -2.2880092156450159e-03, -1.7610326771317698e-03, 2.1534908594833559e-04};

  /** The same run's three largest eigenvalues. */
  private static final double[] NUMPY_LARGEST = {2.2943853545237802, 3.2089737728921386, 24.773276572747807};

  /** The same run's Σ|λ| over all 504. */
  private static final double NUMPY_SUM_OF_ABSOLUTE_VALUES = 8.014233744883721e+01;

  private static double[][] covariance;

  @BeforeAll
  static void load() {
    ReturnTable returns = ReturnTable.fromPrices(
        WidePriceCsv.read(SharedData.require("data/sp500-universe-2021/adjusted_close_daily_wide.csv")));
    covariance = new CovarianceEstimator.Sample(252).unrepaired(returns);
  }

  @Test
  void eigenvaluesEqualNumPysEigh() {
    double[] values = SymmetricEigen.eigenvalues(covariance);
    assertThat(values).hasSize(504);
    for (int k = 0; k < NUMPY_SMALLEST.length; k++) {
      assertRelative(values[k], NUMPY_SMALLEST[k]);
    }
    for (int k = 0; k < NUMPY_LARGEST.length; k++) {
      assertRelative(values[504 - NUMPY_LARGEST.length + k], NUMPY_LARGEST[k]);
    }
    double sumOfAbsolute = 0;
    for (double lambda : values) {
      sumOfAbsolute += Math.abs(lambda);
    }
    assertRelative(sumOfAbsolute, NUMPY_SUM_OF_ABSOLUTE_VALUES);
  }

  @Test
  void eigenvaluesEqualTheFullDecompositionsEachToItsOwnSize() {
    double[] values = SymmetricEigen.eigenvalues(covariance);
    double[] full = SymmetricEigen.decompose(covariance).values();
    for (int k = 0; k < values.length; k++) {
      assertRelative(values[k], full[k]);
    }
  }

  @Test
  void repairEqualsTheRepairFromTheFullDecomposition() {
    SymmetricEigen eigen = SymmetricEigen.decompose(covariance);
    double[] kept = eigen.values();
    for (int k = 0; k < kept.length; k++) {
      kept[k] = Math.max(kept[k], 0.0);
    }
    PsdRepair repair = PsdRepair.spectral(covariance);
    double largestEntry = 0;
    for (double[] row : covariance) {
      for (double x : row) {
        largestEntry = Math.max(largestEntry, Math.abs(x));
      }
    }
    assertThat(Matrices.maxAbsDifference(repair.matrix(), eigen.reconstruct(kept))).isLessThan(1e-9 * largestEntry);
    assertThat(repair.clippedEigenvalues()).isEqualTo(19);
    assertRelative(repair.smallestEigenvalue(), NUMPY_SMALLEST[0]);
  }

  private static void assertRelative(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
  }
}
